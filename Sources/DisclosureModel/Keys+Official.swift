// The stable keys of every official row and column. Keys never change between editions when the meaning is the
// same (规范性文件 → 行政规范性文件 keeps `normativeDocuments`); a changed meaning gets a new key.

extension RowKey {
    // 表二
    /// 规章.
    public static let regulations: RowKey = "regulations"
    /// 规范性文件 (2019) / 行政规范性文件 (2021).
    public static let normativeDocuments: RowKey = "normativeDocuments"
    /// 行政许可.
    public static let licensing: RowKey = "licensing"
    /// 其他对外管理服务事项 (2019 only).
    public static let otherServices: RowKey = "otherServices"
    /// 行政处罚.
    public static let penalty: RowKey = "penalty"
    /// 行政强制.
    public static let enforcement: RowKey = "enforcement"
    /// 行政事业性收费.
    public static let fees: RowKey = "fees"
    /// 政府集中采购 (2019 only).
    public static let procurement: RowKey = "procurement"

    // 表三
    /// 一、本年新收政府信息公开申请数量.
    public static let newReceived: RowKey = "newReceived"
    /// 二、上年结转政府信息公开申请数量.
    public static let carriedOver: RowKey = "carriedOver"
    /// （一）予以公开.
    public static let granted: RowKey = "granted"
    /// （二）部分公开.
    public static let partiallyGranted: RowKey = "partiallyGranted"
    /// （三）1.属于国家秘密.
    public static let withheldStateSecret: RowKey = "withheldStateSecret"
    /// （三）2.其他法律行政法规禁止公开.
    public static let withheldProhibited: RowKey = "withheldProhibited"
    /// （三）3.危及“三安全一稳定”.
    public static let withheldSafetyStability: RowKey = "withheldSafetyStability"
    /// （三）4.保护第三方合法权益.
    public static let withheldThirdParty: RowKey = "withheldThirdParty"
    /// （三）5.属于三类内部事务信息.
    public static let withheldInternalAffairs: RowKey = "withheldInternalAffairs"
    /// （三）6.属于四类过程性信息.
    public static let withheldProcess: RowKey = "withheldProcess"
    /// （三）7.属于行政执法案卷.
    public static let withheldEnforcementFile: RowKey = "withheldEnforcementFile"
    /// （三）8.属于行政查询事项.
    public static let withheldQuery: RowKey = "withheldQuery"
    /// （四）1.本机关不掌握相关政府信息.
    public static let unavailableNotHeld: RowKey = "unavailableNotHeld"
    /// （四）2.没有现成信息需要另行制作.
    public static let unavailableNeedsCreation: RowKey = "unavailableNeedsCreation"
    /// （四）3.补正后申请内容仍不明确.
    public static let unavailableUnclear: RowKey = "unavailableUnclear"
    /// （五）1.信访举报投诉类申请.
    public static let notProcessedPetition: RowKey = "notProcessedPetition"
    /// （五）2.重复申请.
    public static let notProcessedRepeated: RowKey = "notProcessedRepeated"
    /// （五）3.要求提供公开出版物.
    public static let notProcessedPublication: RowKey = "notProcessedPublication"
    /// （五）4.无正当理由大量反复申请.
    public static let notProcessedExcessive: RowKey = "notProcessedExcessive"
    /// （五）5.要求行政机关确认或重新出具已获取信息.
    public static let notProcessedConfirmation: RowKey = "notProcessedConfirmation"
    /// （六）其他处理 — a single row in the 2019 edition.
    public static let otherHandling: RowKey = "otherHandling"
    /// （六）1.申请人无正当理由逾期不补正… (2021).
    public static let otherOverdueCorrection: RowKey = "otherOverdueCorrection"
    /// （六）2.申请人逾期未按收费通知要求缴纳费用… (2021).
    public static let otherUnpaidFee: RowKey = "otherUnpaidFee"
    /// （六）3.其他 (2021).
    public static let otherOther: RowKey = "otherOther"
    /// （七）总计.
    public static let resultTotal: RowKey = "resultTotal"
    /// 四、结转下年度继续办理.
    public static let carryForward: RowKey = "carryForward"

    // 表四
    /// The single data row of 表四.
    public static let cases: RowKey = "cases"
}

extension ColumnKey {
    // 表二 2019
    /// 本年新制作数量 (2019).
    public static let newlyMade: ColumnKey = "newlyMade"
    /// 本年新公开数量 (2019).
    public static let newlyPublished: ColumnKey = "newlyPublished"
    /// 对外公开总数量 (2019).
    public static let totalPublished: ColumnKey = "totalPublished"
    /// 上一年项目数量 (2019).
    public static let previousCount: ColumnKey = "previousCount"
    /// 本年增/减 (2019, signed).
    public static let change: ColumnKey = "change"
    /// 处理决定数量 (2019) / 本年处理决定数量 (2021).
    public static let decisions: ColumnKey = "decisions"
    /// 采购项目数量 (2019).
    public static let procurementCount: ColumnKey = "procurementCount"
    /// 采购总金额 (2019, 万元).
    public static let procurementAmount: ColumnKey = "procurementAmount"
    // 表二 2021
    /// 本年制发件数 (2021).
    public static let issued: ColumnKey = "issued"
    /// 本年废止件数 (2021).
    public static let repealed: ColumnKey = "repealed"
    /// 现行有效件数 (2021).
    public static let inForce: ColumnKey = "inForce"
    /// 本年收费金额（单位：万元） (2021).
    public static let feeAmount: ColumnKey = "feeAmount"

    // 表三
    /// 自然人.
    public static let naturalPerson: ColumnKey = "naturalPerson"
    /// 法人或其他组织 ▸ 商业企业.
    public static let commercial: ColumnKey = "commercial"
    /// 法人或其他组织 ▸ 科研机构.
    public static let research: ColumnKey = "research"
    /// 法人或其他组织 ▸ 社会公益组织.
    public static let publicInterest: ColumnKey = "publicInterest"
    /// 法人或其他组织 ▸ 法律服务机构.
    public static let legalService: ColumnKey = "legalService"
    /// 法人或其他组织 ▸ 其他.
    public static let otherOrganization: ColumnKey = "otherOrganization"
    /// 总计 (表三's last column).
    public static let total: ColumnKey = "total"

    // 表四 — three groups of five outcome columns (`FormCatalog.reviewGroups`)
    /// 行政复议 ▸ 结果维持.
    public static let reviewUpheld: ColumnKey = "reviewUpheld"
    /// 行政复议 ▸ 结果纠正.
    public static let reviewCorrected: ColumnKey = "reviewCorrected"
    /// 行政复议 ▸ 其他结果.
    public static let reviewOther: ColumnKey = "reviewOther"
    /// 行政复议 ▸ 尚未审结.
    public static let reviewPending: ColumnKey = "reviewPending"
    /// 行政复议 ▸ 总计.
    public static let reviewTotal: ColumnKey = "reviewTotal"
    /// 行政诉讼 ▸ 未经复议直接起诉 ▸ 结果维持.
    public static let directSuitUpheld: ColumnKey = "directSuitUpheld"
    /// 行政诉讼 ▸ 未经复议直接起诉 ▸ 结果纠正.
    public static let directSuitCorrected: ColumnKey = "directSuitCorrected"
    /// 行政诉讼 ▸ 未经复议直接起诉 ▸ 其他结果.
    public static let directSuitOther: ColumnKey = "directSuitOther"
    /// 行政诉讼 ▸ 未经复议直接起诉 ▸ 尚未审结.
    public static let directSuitPending: ColumnKey = "directSuitPending"
    /// 行政诉讼 ▸ 未经复议直接起诉 ▸ 总计.
    public static let directSuitTotal: ColumnKey = "directSuitTotal"
    /// 行政诉讼 ▸ 复议后起诉 ▸ 结果维持.
    public static let suitAfterReviewUpheld: ColumnKey = "suitAfterReviewUpheld"
    /// 行政诉讼 ▸ 复议后起诉 ▸ 结果纠正.
    public static let suitAfterReviewCorrected: ColumnKey = "suitAfterReviewCorrected"
    /// 行政诉讼 ▸ 复议后起诉 ▸ 其他结果.
    public static let suitAfterReviewOther: ColumnKey = "suitAfterReviewOther"
    /// 行政诉讼 ▸ 复议后起诉 ▸ 尚未审结.
    public static let suitAfterReviewPending: ColumnKey = "suitAfterReviewPending"
    /// 行政诉讼 ▸ 复议后起诉 ▸ 总计.
    public static let suitAfterReviewTotal: ColumnKey = "suitAfterReviewTotal"
}
