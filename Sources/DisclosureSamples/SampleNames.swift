/// Real names of 洛阳's county-level divisions and municipal departments, for realistic sample data.
enum SampleNames {
    /// 县(市、区): name, administrative code, a website domain label.
    static let counties: [(name: String, code: String, domain: String)] = [
        ("老城区", "410302", "lc"), ("西工区", "410303", "xigong"), ("瀍河回族区", "410304", "chq"),
        ("涧西区", "410305", "jianxi"), ("吉利区", "410306", "jili"), ("洛龙区", "410311", "luolong"),
        ("偃师市", "410381", "yanshi"), ("孟津县", "410322", "mengjin"), ("新安县", "410323", "xinan"),
        ("栾川县", "410324", "luanchuan"), ("嵩县", "410325", "songxian"), ("汝阳县", "410326", "ruyang"),
        ("宜阳县", "410327", "yiyang"), ("洛宁县", "410328", "luoning"), ("伊川县", "410329", "yichuan"),
    ]

    /// 市政府部门: name (without the city), a website domain label.
    static let departments: [(name: String, domain: String)] = [
        ("发展和改革委员会", "fgw"), ("教育局", "jyj"), ("科学技术局", "kjj"), ("工业和信息化局", "gxj"),
        ("民族宗教事务局", "mzzj"), ("公安局", "gaj"), ("民政局", "mzj"), ("司法局", "sfj"), ("财政局", "czj"),
        ("人力资源和社会保障局", "rsj"), ("自然资源和规划局", "zrzy"), ("生态环境局", "sthj"),
        ("住房和城乡建设局", "zjj"), ("城市管理局", "cgj"), ("交通运输局", "jtj"), ("水利局", "slj"),
        ("农业农村局", "nyncj"), ("商务局", "swj"), ("文化广电和旅游局", "wglj"), ("卫生健康委员会", "wjw"),
        ("退役军人事务局", "tyjr"), ("应急管理局", "yjj"), ("审计局", "sjj"), ("人民政府国有资产监督管理委员会", "gzw"),
        ("市场监督管理局", "scjg"), ("体育局", "tyj"), ("统计局", "tjj"), ("医疗保障局", "ybj"), ("林业局", "lyj"),
        ("人民政府外事办公室", "wsb"), ("信访局", "xfj"), ("地方金融监督管理局", "jrj"), ("机关事务管理局", "jgsw"),
        ("政务服务和大数据管理局", "zwfw"), ("人民防空办公室", "rfb"), ("粮食和物资储备局", "lsj"), ("文物局", "wwj"),
        ("住房公积金管理中心", "gjj"), ("扶贫开发办公室", "fpb"), ("公共资源交易中心", "ggzy"),
    ]

    /// Syllables for township names.
    static let townshipSyllables = [
        "城关", "白马", "龙门", "伊滨", "李楼", "安乐", "辛店", "古城", "关林", "庞村", "寇店", "诸葛", "佃庄", "翟镇",
        "首阳山", "岳滩", "山化", "顾县", "缑氏", "府店",
    ]

    /// The special-purpose sites (专项网站) of the default city: name, domain label, host department position.
    static let specialSites: [(name: String, domain: String, host: Int)] = [
        ("洛阳市公共资源交易网", "ggzyjy", 39), ("洛阳市政务服务网", "zwfwzx", 33), ("洛阳市信用信息网", "credit", 0),
        ("洛阳市旅游政务网", "travel", 18),
    ]
}
