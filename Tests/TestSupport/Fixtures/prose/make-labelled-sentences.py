# Builds labelled-sentences.jsonl (run from the package root: python3 Tests/TestSupport/Fixtures/prose/make-labelled-sentences.py).
# The JSON lines file is what ProseFindingsSetTests reads; a new sentence is a new add(...) line here.
import json
items=[]
def add(id, origin, text, expect=(), year=2020, edition="2019", section=None, cells=None, sections=None, fees=None, notes=None, forbid=None):
    d={"id":id,"origin":origin,"year":year,"edition":edition,"text":text,"expect":list(expect)}
    if section: d["section"]=section
    if cells: d["cells"]=cells
    if sections: d["sections"]=sections
    if fees is not None: d["feesCollected"]=fees
    if notes: d["notes"]=notes
    if forbid: d["forbid"]=forbid
    items.append(d)

A="applications."; R="reviews.cases."; P="proactive."
ROWS2019=["newReceived","carriedOver","granted","partiallyGranted","withheldStateSecret","withheldProhibited","withheldSafetyStability","withheldThirdParty","withheldInternalAffairs","withheldProcess","withheldEnforcementFile","withheldQuery","unavailableNotHeld","unavailableNeedsCreation","unavailableUnclear","notProcessedPetition","notProcessedRepeated","notProcessedPublication","notProcessedExcessive","notProcessedConfirmation"]
def app(**kw):
    # Rows not given are 0, as a filled table has them; (六) both ways (each edition reads its own rows).
    rows={r:0 for r in ROWS2019+["otherHandling","otherOverdueCorrection","otherUnpaidFee","otherOther"]}
    rows.update(kw)
    return {A+k+".total":v for k,v in rows.items()}
def rev(**kw): return {R+k:v for k,v in kw.items()}
# Issue 18's 2019 report: tables consistent (966+67, 81, 182, 61, 96 = 1453), text off by 17 and 72.
issueTables=app(newReceived=1499,carriedOver=30,granted=966,partiallyGranted=67,withheldStateSecret=1,withheldThirdParty=80,
    unavailableNotHeld=182,notProcessedRepeated=61,otherHandling=96,resultTotal=1453,carryForward=76)
issueTables.update(rev(reviewUpheld=3,reviewCorrected=0,reviewOther=0,reviewPending=1,reviewTotal=4,
    directSuitUpheld=1,directSuitCorrected=0,directSuitOther=0,directSuitPending=1,directSuitTotal=2,
    suitAfterReviewUpheld=0,suitAfterReviewCorrected=0,suitAfterReviewOther=0,suitAfterReviewPending=0,suitAfterReviewTotal=0))
F="全年共答复政府信息公开申请1453件，其中予以公开及部分公开{g}件，占{gp}；不予公开81件，占5.57%；无法提供182件，占12.53%；不予处理61件，占4.20%；其他处理{o}件，占{op}。"
add("issue18-whole","issue18",F.format(g=1016,gp="69.92%",o=24,op="1.65%"),["TEXT.tableMismatch","TEXT.statedSum"],cells=issueTables)
add("issue18-off-by-17","issue18","其中予以公开及部分公开1016件，不予公开81件。",["TEXT.tableMismatch"],cells=issueTables)
add("issue18-off-by-72","issue18","其他处理24件。",["TEXT.tableMismatch"],cells=issueTables)
add("issue18-sum-89-short","issue18",F.format(g=1033,gp="71.09%",o=7,op="0.48%"),["TEXT.statedSum","TEXT.tableMismatch"],cells=issueTables)
add("issue18-wrong-percentage","issue18",F.format(g=1033,gp="75.09%",o=96,op="6.61%"),["TEXT.share"],cells=issueTables)
add("issue18-consistent","issue18",F.format(g=1033,gp="71.09%",o=96,op="6.61%"),[],cells=issueTables)
add("issue18-upheld-pending","issue18","本年度发生行政复议4件、行政诉讼2件，均获维持。",["TEXT.outcomeWords"],cells=issueTables)
add("issue18-upheld-reviews-only","issue18","行政复议4件，均获维持。",["TEXT.outcomeWords"],cells=issueTables)
add("issue18-gazette","issue18","市政府公报全年共刊登政府规章、规范性文件等56件，免费发放公报2.4万册。",[],cells={P+"normativeDocuments.newlyPublished":24,P+"regulations.newlyPublished":1},forbid=["TEXT.tableMismatch"])
add("issue18-department-documents","issue18","指导各部门制发部门规范性文件38件，均按规定向社会公开。",[],cells={P+"normativeDocuments.newlyPublished":24},forbid=["TEXT.tableMismatch"])
add("issue18-reviewed-documents","variant","审核市政府及市政府办公室规范性文件45件。",[],cells={P+"normativeDocuments.newlyPublished":24},forbid=["TEXT.tableMismatch"])
add("issue18-filed-documents","variant","对各县区报送备案的规范性文件32件进行了审查。",[],cells={P+"normativeDocuments.newlyPublished":24},forbid=["TEXT.tableMismatch"])
add("issue18-cleaned-documents","variant","开展规章和规范性文件清理，废止规范性文件12件。",[],cells={P+"normativeDocuments.newlyPublished":24},forbid=["TEXT.tableMismatch"])
add("issue18-own-documents-wrong","variant","全年公开各类文件167份，其中规范性文件26份。",["TEXT.tableMismatch"],cells={P+"normativeDocuments.newlyPublished":24})
# The seed (洛阳 2020).
seedTables=app(newReceived=178,carriedOver=12,granted=24,partiallyGranted=1,resultTotal=164,carryForward=26)
seedTables.update(rev(reviewUpheld=1,reviewCorrected=1,reviewOther=0,reviewPending=0,reviewTotal=2,directSuitUpheld=0,directSuitCorrected=1,directSuitOther=0,directSuitPending=0,directSuitTotal=1,suitAfterReviewUpheld=0,suitAfterReviewCorrected=0,suitAfterReviewOther=0,suitAfterReviewPending=1,suitAfterReviewTotal=1))
seedTables[P+"normativeDocuments.newlyPublished"]=24
seedTables[P+"regulations.newlyPublished"]=1
add("seed-applications","seed","市政府政务公开办公室共受理依申请公开 178 件，转办政府信息公开申请 34 件，行政复议 2 件，行政诉讼 2 件。",[],cells=seedTables)
add("seed-applications-changed","seed","市政府政务公开办公室共受理依申请公开 187 件，转办政府信息公开申请 34 件，行政复议 2 件，行政诉讼 2 件。",["TEXT.tableMismatch"],cells=seedTables)
add("seed-documents","seed","通过市政府门户网站发布各类政府信息 12196 余条。全年公开各类文件 167 份，其中规范性文件 24 份，公示公告相关信息 32 条。",[],cells=seedTables)
add("seed-year","seed","2020 年，政务公开办认真贯彻落实《中华人民共和国政府信息公开条例》《国务院办公厅关于印发 2020 年政务公开工作要点的通知》等文件精神。",[],cells=seedTables)
add("seed-year-copied","seed","2019 年，政务公开办认真贯彻落实《中华人民共和国政府信息公开条例》等文件精神，扎实推进各项工作落实。",["TEXT.staleYear"],cells=seedTables)
add("seed-new-media","seed","全市各县（市、区）政府及市政府部门开通政府网站 59 个，开设政务新媒体 324 个，其中微信 191 个、微博 91 个、客户端 6 个、其它 28 个。",["TEXT.newMediaBreakdown"],cells=seedTables)
add("seed-new-media-fixed","seed","全市各县（市、区）政府及市政府部门开通政府网站 59 个，开设政务新媒体 316 个，其中微信 191 个、微博 91 个、客户端 6 个、其它 28 个。",[],cells=seedTables)
add("seed-training","seed","累计培训 610 余人次，为全面提升新形势下全市政府机关政务公开工作人员业务工作能力提供了支撑。",[],cells=seedTables)
add("seed-transferred","seed","向各单位移交各类文件共计 1510 余份。",[],cells=seedTables)
add("seed-problems","seed","一是工作重点不突出。对政务公开任务要求研究不够深入。",[],section="problems",cells=seedTables)
add("seed-plans-next-year","seed","2021年，我们将进一步加强日常工作请示汇报。",[],section="other",cells=seedTables)
add("seed-reviews-upheld-wrong","seed","行政复议2件，均获维持。",["TEXT.outcomeWords"],cells=seedTables)
add("seed-no-lost-suit-wrong","seed","行政诉讼2件，无败诉案件。",["TEXT.outcomeWords"],cells=seedTables)
add("seed-all-concluded-wrong","seed","受理依申请公开178件，全部办结。",["TEXT.outcomeWords"],cells=seedTables)
add("seed-carried-forward","seed","结转下年度继续办理26件。",[],cells=seedTables)
add("seed-carried-forward-wrong","seed","结转下年度继续办理62件。",["TEXT.tableMismatch"],cells=seedTables)
add("seed-carried-over","seed","上年结转申请12件。",[],cells=seedTables)
add("seed-answered","seed","本年度共办结申请164件。",[],cells=seedTables)
add("seed-answered-wrong","seed","本年度共办结申请146件。",["TEXT.tableMismatch"],cells=seedTables)
add("seed-regulations","seed","本年新制作规章1件。",[],cells=seedTables)
add("seed-regulations-wrong","seed","本年新制作规章3件。",["TEXT.tableMismatch"],cells=seedTables)
# 汉阳 2022 (2021 edition).
hyTables=app(newReceived=8,carriedOver=0,granted=2,partiallyGranted=2,withheldProcess=1,unavailableNotHeld=2,otherOther=1,resultTotal=8,carryForward=0)
H="2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开{a}件，部分公开2件，属于四类过程性性信息1件，本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转。"
add("hanyang-verbatim","hanyang",H.format(a=2),[],year=2022,edition="2021",cells=hyTables)
add("hanyang-granted-changed","hanyang",H.format(a=3),["TEXT.tableMismatch"],year=2022,edition="2021",cells=hyTables)
add("hanyang-year-copied","hanyang",H.format(a=2).replace("2022年，","2021年，"),["TEXT.staleYear"],year=2022,edition="2021",cells=hyTables)
add("hanyang-all-concluded","hanyang","区政府办公室共收到8份政府信息公开申请，均已按时办结。",[],year=2022,edition="2021",cells=hyTables)
add("hanyang-notice-2021","hanyang","按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，编制本报告。",[],year=2022,edition="2021",cells=hyTables)
add("hanyang-notice-2019","hanyang","根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，编制本报告。",["TEXT.otherFormatNotice"],year=2022,edition="2021",cells=hyTables)
add("hanyang-notice-2019-brackets","variant","依据国办公开办函[2019]60号文件编制。",["TEXT.otherFormatNotice"],year=2023,edition="2021",cells=hyTables)
add("notice-2019-in-2019-report","variant","根据国办公开办函〔2019〕60号要求编制本报告。",[],year=2020,edition="2019",cells=seedTables)
add("hanyang-fees-none","hanyang","本年度未收取信息处理费。",[],year=2022,edition="2021",section="other",cells=hyTables)
add("hanyang-section-six-none-fees-charged","variant","无。",["TEXT.sectionContent"],year=2022,edition="2021",section="other",cells=hyTables,fees=400)
add("hanyang-section-six-none","variant","无",[],year=2022,edition="2021",section="other",cells=hyTables,notes=["TEXT.sectionContent"])
add("hanyang-section-five-none","variant","无。",[],year=2022,edition="2021",section="problems",cells=hyTables,notes=["TEXT.sectionContent"])
add("section-missing","variant","本年度工作平稳有序。",["TEXT.sectionContent"],year=2022,edition="2021",cells=hyTables,sections={"problems":"-"})
add("hanyang-documents","hanyang","全年制发行政规范性文件5件。",[],year=2022,edition="2021",cells={P+"normativeDocuments.issued":5,P+"normativeDocuments.repealed":12})
add("hanyang-documents-wrong","hanyang","全年制发行政规范性文件7件。",["TEXT.tableMismatch"],year=2022,edition="2021",cells={P+"normativeDocuments.issued":5})
add("hanyang-repealed","hanyang","废止行政规范性文件12件。",[],year=2022,edition="2021",cells={P+"normativeDocuments.issued":5})
# FORMATS.md §5.
dist=app(newReceived=1499,carriedOver=30,granted=966,partiallyGranted=67,withheldThirdParty=81,unavailableNotHeld=182,notProcessedRepeated=61,otherOther=96,resultTotal=1453,carryForward=76)
D="全年答复政府信息公开申请1453件（包括上年结转30件），其中予以公开966件，占66.48%；部分公开67件；不予公开81件；无法提供182件；不予处理61件；其他处理96件。"
add("district-2022","formats§5",D,[],year=2022,edition="2021",cells=dist)
add("district-2022-percent-truncated","formats§5",D.replace("66.48%","66.4%"),[],year=2022,edition="2021",cells=dist)
add("district-2022-percent-whole","formats§5",D.replace("66.48%","66%"),[],year=2022,edition="2021",cells=dist)
add("district-2022-percent-wrong","formats§5",D.replace("66.48%","68.48%"),["TEXT.share"],year=2022,edition="2021",cells=dist)
add("district-2022-category-wrong","formats§5",D.replace("无法提供182件","无法提供128件"),["TEXT.statedSum","TEXT.tableMismatch"],year=2022,edition="2021",cells=dist)
add("district-2022-received","formats§5","共收到政府信息公开申请1499件，其中网络申请1303件、信函申请172件、当面申请24件。",[],year=2022,edition="2021",cells=dist)
add("district-2022-percent-table-base","formats§5","其中予以公开966件，占66.48%。",[],year=2022,edition="2021",cells=dist)
add("district-2022-percent-table-base-wrong","formats§5","其中予以公开966件，占60.48%。",[],year=2022,edition="2021",cells=dist,notes=["TEXT.share"])
hq=app(newReceived=59,carriedOver=2,resultTotal=54,carryForward=7)
HQ="共收到政府信息公开申请59件，上年度结转办理2件，其中结转2024年度7件，其余{n}件全部按时答复。"
add("hongqiao-2023","formats§5",HQ.format(n=54),[],year=2023,edition="2021",cells=hq)
add("hongqiao-2023-unbalanced","formats§5",HQ.format(n=52),["TEXT.statedSum","TEXT.tableMismatch"],year=2023,edition="2021",cells=hq)
add("hongqiao-2023-all-answered","formats§5","其余54件全部按时办结。",[],year=2023,edition="2021",cells=hq,forbid=["TEXT.outcomeWords"])
nppa={P+"normativeDocuments.issued":3,P+"regulations.issued":0,P+"licensing.decisions":46209,P+"penalty.decisions":6,P+"enforcement.decisions":0}
nppa.update(app(newReceived=62))
add("nppa-2022","formats§5","全年受理政府信息公开申请62件。行政许可处理决定46209件、行政处罚处理决定6件。",[],year=2022,edition="2021",cells=nppa)
add("nppa-2022-licensing-wrong","formats§5","行政许可处理决定46290件、行政处罚处理决定6件。",["TEXT.tableMismatch"],year=2022,edition="2021",cells=nppa)
add("nppa-2022-penalty-wrong","formats§5","作出行政处罚决定9件。",["TEXT.tableMismatch"],year=2022,edition="2021",cells=nppa)
add("nppa-2022-licensing-items","variant","梳理公布行政许可事项120项。",[],year=2022,edition="2021",cells=nppa)
# Variants: reviews and lawsuits.
rv=rev(reviewUpheld=2,reviewCorrected=0,reviewOther=0,reviewPending=0,reviewTotal=2,directSuitUpheld=1,directSuitCorrected=0,directSuitOther=0,directSuitPending=0,directSuitTotal=1,suitAfterReviewUpheld=1,suitAfterReviewCorrected=0,suitAfterReviewOther=0,suitAfterReviewPending=0,suitAfterReviewTotal=1)
add("reviews-upheld","variant","发生政府信息公开行政复议2件、行政诉讼2件，均获维持。",[],cells=rv)
add("reviews-no-lost","variant","行政诉讼2件，无败诉。",[],cells=rv)
add("reviews-total-wrong","variant","全年发生行政复议3件。",["TEXT.tableMismatch"],cells=rv)
add("litigation-total-wrong","variant","全年发生行政诉讼3件。",["TEXT.tableMismatch"],cells=rv)
add("reviews-outcomes","variant","行政复议2件，其中维持2件。",[],cells=rv)
add("reviews-outcomes-wrong","variant","行政复议2件，其中维持1件，纠正1件。",["TEXT.tableMismatch"],cells=rv)
add("reviews-outcomes-exceed","variant","行政复议2件，其中维持2件，尚未审结1件。",["TEXT.statedSum","TEXT.tableMismatch"],cells=rv)
add("litigation-pending","variant","行政诉讼2件，其中尚未审结1件。",["TEXT.tableMismatch"],cells=rv)
add("reviews-none","variant","本年度未发生政府信息公开行政复议、行政诉讼案件。",["TEXT.tableMismatch"],cells=rv)
add("reviews-none-true","variant","本年度未发生政府信息公开行政复议、行政诉讼案件。",[],cells=rev(reviewTotal=0,directSuitTotal=0,suitAfterReviewTotal=0))
add("reviews-wider","variant","全市各部门共发生行政复议15件，均获维持。",[],cells=rv,notes=["TEXT.tableMismatch"])
# Variants: other subjects, not compared.
add("platform-items","variant","政务新媒体平台发布信息3200条。",[],cells=seedTables)
add("county-applications","variant","全市各县区共受理依申请公开1200件。",[],cells=seedTables,notes=["TEXT.tableMismatch"])
add("gazette-regulations","variant","《市政府公报》刊登规章2件。",[],cells=seedTables,forbid=["TEXT.tableMismatch"])
add("year-since","variant","2019年以来，本机关持续推进政务公开标准化规范化建设。",[],cells=seedTables)
add("year-compare","variant","与2019年相比，申请数量增长12%。",[],cells=seedTables)
add("year-regulation","variant","2019年修订的《条例》施行后，本机关及时调整工作流程。",[],cells=seedTables)
add("year-plan","variant","2021年，本机关将继续深化政务公开。",[],section="problems",cells=seedTables)
add("year-old","variant","2018年，本机关共受理政府信息公开申请178件。",["TEXT.staleYear"],cells=seedTables)
add("year-future","variant","2023年，本机关共受理政府信息公开申请178件。",[],cells=seedTables,notes=["TEXT.staleYear"])
add("percent-channel","variant","共收到申请178件，其中网上申请150件，占84.27%。",[],cells=seedTables)
add("joined-parts-wrong","variant","予以公开及部分公开25件，其中予以公开24件、部分公开2件。",["TEXT.statedSum","TEXT.tableMismatch"],cells=seedTables)
add("joined-parts","variant","予以公开及部分公开25件，其中予以公开24件、部分公开1件。",[],cells=seedTables)
add("granted-wrong","variant","其中予以公开42件。",["TEXT.tableMismatch"],cells=seedTables)
add("partly-wrong","variant","部分公开3件。",["TEXT.tableMismatch"],cells=seedTables)
add("withheld-wrong","variant","不予公开5件。",["TEXT.tableMismatch"],cells=app(withheldStateSecret=1,withheldThirdParty=2,resultTotal=10))
add("withheld-group","variant","不予公开3件。",[],cells=app(withheldStateSecret=1,withheldThirdParty=2,resultTotal=10))
add("unavailable-group","variant","无法提供4件。",[],cells=app(unavailableNotHeld=3,unavailableUnclear=1,resultTotal=10))
add("not-processed-group-wrong","variant","不予处理4件。",["TEXT.tableMismatch"],cells=app(notProcessedPetition=1,notProcessedRepeated=1,resultTotal=10))
add("other-handling-2021","variant","其他处理3件。",[],year=2022,edition="2021",cells=app(otherOverdueCorrection=1,otherUnpaidFee=1,otherOther=1,resultTotal=10))
add("other-handling-2021-wrong","variant","其他处理1件。",["TEXT.tableMismatch"],year=2022,edition="2021",cells=app(otherOverdueCorrection=1,otherUnpaidFee=1,otherOther=1,resultTotal=10))
# Written after the checks, not tuned to them: phrasings of real reports the scanner may not know.
bal=app(newReceived=245,carriedOver=3,resultTotal=240,carryForward=8)
add("blind-balance","variant","本年度新收政府信息公开申请245件，上年结转3件，共计248件；已办结240件，结转下年度继续办理8件。",[],year=2021,edition="2021",cells=bal)
add("blind-balance-wrong","variant","本年度新收政府信息公开申请245件，上年结转3件，共计248件；已办结238件，结转下年度继续办理8件。",["TEXT.statedSum","TEXT.tableMismatch"],year=2021,edition="2021",cells=bal)
rv3=rev(reviewUpheld=2,reviewCorrected=0,reviewOther=0,reviewPending=1,reviewTotal=3)
add("blind-pending-before","variant","行政复议案件3起，其中1起尚未审结。",[],year=2021,edition="2021",cells=rv3)
add("blind-pending-before-wrong","variant","行政复议案件3起，其中2起尚未审结。",["TEXT.tableMismatch"],year=2021,edition="2021",cells=rv3)
add("blind-corrected","variant","行政复议被纠正1件。",["TEXT.tableMismatch"],year=2021,edition="2021",cells=rv3)
add("blind-none-at-all","variant","全年未发生因政府信息公开引起的行政复议和行政诉讼。",[],year=2021,edition="2021",cells=rev(reviewTotal=0,directSuitTotal=0,suitAfterReviewTotal=0))
add("blind-rate","variant","依申请公开答复率100%，办结率达100%。",[],year=2021,edition="2021",cells=bal)
add("blind-own-documents","variant","我局在门户网站公开规范性文件15件。",[],cells={P+"normativeDocuments.newlyPublished":15})
add("blind-gazette-2","variant","区政府公报刊发规范性文件9件。",[],cells={P+"normativeDocuments.newlyPublished":15},forbid=["TEXT.tableMismatch"])
add("blind-gazette-3","variant","在《某市人民政府公报》上刊登市政府规章2件、规范性文件16件。",[],cells={P+"normativeDocuments.newlyPublished":15,P+"regulations.newlyPublished":0},forbid=["TEXT.tableMismatch"])
add("blind-filing","variant","各部门报送规范性文件备案40件。",[],cells={P+"normativeDocuments.newlyPublished":15},forbid=["TEXT.tableMismatch"])
add("blind-drafted","variant","市政府办公室代拟规范性文件12件。",[],cells={P+"normativeDocuments.newlyPublished":15},forbid=["TEXT.tableMismatch"])
add("blind-withheld-detail","variant","不予公开3件（其中属于国家秘密1件、保护第三方合法权益2件）。",[],cells=app(withheldStateSecret=1,withheldThirdParty=2,resultTotal=10))
add("blind-three-categories","variant","无法提供6件，不予处理2件，其他处理1件。",[],cells=app(unavailableNotHeld=6,notProcessedRepeated=2,otherHandling=1,resultTotal=36))
c36=app(granted=18,partiallyGranted=4,withheldThirdParty=2,unavailableNotHeld=10,notProcessedRepeated=1,otherHandling=0,resultTotal=35)
add("blind-sum-short","variant","共答复申请36件，其中予以公开18件，部分公开4件，不予公开2件，无法提供10件，不予处理1件，其他处理0件。",["TEXT.statedSum","TEXT.tableMismatch"],cells=c36)
add("blind-share-ok","variant","共答复申请35件，其中予以公开18件，占比51.4%。",[],cells=c36)
add("blind-share-wrong","variant","共答复申请35件，其中予以公开18件，占答复总数的52%。",["TEXT.share"],cells=c36)
add("blind-stale-2020","variant","2020年度，我办共收到政府信息公开申请35件。",["TEXT.staleYear","TEXT.tableMismatch"],year=2021,edition="2021",cells=bal)
add("blind-as-of","variant","截至2021年12月31日，我办共收到政府信息公开申请245件。",[],year=2021,edition="2021",cells=bal)
add("blind-published","variant","2022年1月，本报告在区政府门户网站公布。",[],year=2021,edition="2021",cells=bal)
add("blind-dismissed","variant","行政诉讼1件，法院判决驳回原告诉讼请求。",[],year=2021,edition="2021",cells=rev(directSuitUpheld=1,directSuitCorrected=0,directSuitOther=0,directSuitPending=0,directSuitTotal=1,suitAfterReviewTotal=0))
add("blind-proposals","variant","办理人大代表建议45件、政协提案60件。",[],year=2021,edition="2021",cells=bal)
add("blind-suit-after-review","variant","复议后起诉1件。",[],year=2021,edition="2021",cells=rev(directSuitTotal=0,suitAfterReviewTotal=1))
add("blind-all-on-time","variant","收到政府信息公开申请12件，全部按期办结。",["TEXT.outcomeWords"],year=2021,edition="2021",cells=app(newReceived=12,resultTotal=10,carryForward=2))
add("blind-withdrawn","variant","申请人撤回申请2件。",[],year=2021,edition="2021",cells=bal)
with open("Tests/TestSupport/Fixtures/prose/labelled-sentences.jsonl","w") as f:
    f.write("// Labelled prose sentences for ProseFindingsSetTests: one JSON object a line; fields in LabelledSentence.\n")
    for d in items: f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(items), sum(1 for d in items if d["expect"]), sum(1 for d in items if not d["expect"]))
