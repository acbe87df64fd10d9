@testable import DisclosureModel
import DisclosureSamples
import Foundation
import Testing
import TestSupport

/// `ReportJSON.decode` reads an `AnnualReport` through its own parser and decoder: the value must equal what
/// Foundation's `JSONDecoder` gives, and errors must name the same JSON path.
@Suite struct ReportJSONFastPathTests {
    func bothWays(_ data: Data) throws -> (fast: AnnualReport, foundation: AnnualReport) {
        (try ReportJSON.decode(AnnualReport.self, from: data),
         try ReportJSON.decodeWithFoundation(AnnualReport.self, from: data))
    }

    @Test func seedAndGeneratedReportsDecodeToTheFoundationValue() throws {
        var reports = [Fixtures.seedReport, Fixtures.fullReport2021]
        reports += SampleCity.generate(year: 2020, units: 40, seed: 5, errors: 12).reports
        reports += SampleCity.generate(year: 2022, units: 40, seed: 6, errors: 12).reports
        for report in reports {
            let data = try ReportJSON.encode(report)
            let (fast, foundation) = try bothWays(data)
            #expect(fast == foundation)
            #expect(fast == report)
        }
        #expect(reports.count == 82)
    }

    @Test func everyFieldOfTheModelRoundTrips() throws {
        var report = Fixtures.seedReport
        report.title = "标题 \"引号\" \\ 反斜杠 \u{1F600} \n 换行"
        report.organization.parentID = "410000"
        report.fees = ProcessingFees(noticesIssued: 3, amountNotified: Amount(Decimal(string: "12.345")!, .wanYuan), amountCollected: nil)
        report.quotedFigures.append(QuotedFigure(.applicationsReceived, Decimal(string: "-0.5")!, unit: .yuan, approximate: true,
                                                 source: TextLocation(file: "a.txt", line: 7, excerpt: "共 178 件")))
        report.proactive.extraRows = [ExtraRow(block: "第二十条第（一）项", label: "其他主动公开文件", figures: ["made": .number(2), "repealed": .blank])]
        report.applications[.newReceived, .total] = .number(Decimal(string: "123456789012345678901234567890")!)
        let data = try ReportJSON.encode(report)
        let (fast, foundation) = try bothWays(data)
        #expect(fast == foundation)
        #expect(fast.title == report.title)
        #expect(fast.proactive.extraRows == report.proactive.extraRows)
        #expect(fast.fees == report.fees)
    }

    @Test(arguments: [
        // (edit of the seed's JSON, expected path)
        ("\"year\" : 2020", "\"year\" : \"2020\"", "$.content.year"),
        ("\"schemaVersion\" : 1", "\"schemaVersion\" : 9", "$.schemaVersion"),
        ("\"kind\" : \"AnnualReport\"", "\"kind\" : \"Inventory\"", "$.kind"),
        ("\"edition\" : \"2019\"", "\"edition\" : 2019", "$.content.edition"),  // an edition is a string (any string: an unknown one is reported by validation, not by decoding)
        ("\"total\" : 178", "\"total\" : \"178\"", "$.content.applications.rows.newReceived.total"),
        ("\"year\" : 2020", "\"yearOld\" : 2020", "$.content.year"),
        // Paths below arrays and nested objects (worked out from the tape only when an error needs them).
        ("\"approximate\" : false", "\"approximate\" : 0", "$.content.quotedFigures[0].approximate"),
        ("\"quotedFigures\" : [", "\"quotedFigures\" : [ 1,", "$.content.quotedFigures[0]"),
        ("\"id\" : \"applications\"", "\"id\" : 3", "$.content.applications.id"),
        ("\"rows\" : {\n        \"carriedOver\" : {", "\"rows\" : {\n        \"carriedOver\" : 7, \"x\" : {", "$.content.applications.rows.carriedOver"),
    ])
    func errorsNameTheSameJSONPath(find: String, replace: String, path: String) throws {
        let text = String(decoding: try ReportJSON.encode(Fixtures.seedReport), as: UTF8.self)
        #expect(text.contains(find), "the seed's JSON has \(find)")
        let data = Data(text.replacingOccurrences(of: find, with: replace).utf8)
        var paths: [String] = []
        var reasons: [String] = []
        for decode in [{ try ReportJSON.decode(AnnualReport.self, from: data, file: "r.json") },
                       { try ReportJSON.decodeWithFoundation(AnnualReport.self, from: data, file: "r.json") }] {
            do {
                _ = try decode()
                Issue.record("the edited JSON was accepted")
            } catch let error as JSONDocumentError {
                paths.append(error.path)
                #expect(error.file == "r.json")
                switch error.reason {
                case .missing: reasons.append("missing")
                case .wrongType: reasons.append("wrongType")
                case .invalid: reasons.append("invalid")
                case .unsupportedVersion: reasons.append("version")
                case .wrongKind: reasons.append("kind")
                case .notJSON: reasons.append("notJSON")
                }
            }
        }
        #expect(paths == [path, path])
        #expect(reasons.count == 2 && reasons[0] == reasons[1])
    }

    /// Found by the report-json fuzz target: a repeated key keeps its first value in both decoders.
    @Test func aRepeatedKeyKeepsItsFirstValueAsInFoundation() throws {
        let text = String(decoding: try ReportJSON.encode(Fixtures.seedReport), as: UTF8.self)
        for (find, replace) in [("\"total\" : 178", "\"total\" : 178, \"total\" : 5"),
                                ("\"total\" : 178", "\"total\" : null, \"total\" : 5"),
                                ("\"year\" : 2020", "\"year\" : 2020, \"year\" : 1999")] {
            let data = Data(text.replacingOccurrences(of: find, with: replace).utf8)
            let (fast, foundation) = try bothWays(data)
            #expect(fast == foundation, "\(replace)")
        }
    }

    /// Keys out of order take the path that remembers the keys seen: a repeated row or column still keeps its first
    /// value, as in Foundation, and a key outside the form is kept.
    @Test func repeatedRowsAndColumnsOutOfOrderKeepTheFirstValue() throws {
        let text = String(decoding: try ReportJSON.encode(Fixtures.seedReport), as: UTF8.self)
        for (find, replace) in [("\"newReceived\" : {", "\"newReceived\" : {\"total\" : 1}, \"newReceived\" : {"),
                                ("\"total\" : 178", "\"total\" : 178, \"naturalPerson\" : 99999"),
                                ("\"total\" : 178", "\"total\" : 178, \"aUnitOfItsOwn\" : 3"),
                                ("\"newReceived\" : {", "\"zzz\" : {\"total\" : 2}, \"newReceived\" : {")] {
            #expect(text.contains(find))
            let data = Data(text.replacingOccurrences(of: find, with: replace).utf8)
            let (fast, foundation) = try bothWays(data)
            #expect(fast == foundation, "\(replace)")
        }
        let repeated = Data(text.replacingOccurrences(of: "\"newReceived\" : {", with: "\"newReceived\" : {\"total\" : 1}, \"newReceived\" : {").utf8)
        let report = try ReportJSON.decode(AnnualReport.self, from: repeated)
        #expect(report.applications[.newReceived, .total] == .number(1))
        #expect(report.applications[.newReceived, .naturalPerson] == .blank)
    }

    /// More column keys in one table than the decoder keeps made (32): every one is still read.
    @Test func aTableWithManyColumnKeysReadsThemAll() throws {
        var report = Fixtures.seedReport
        for k in 0..<40 { report.applications[.newReceived, ColumnKey("column\(k)")] = .number(Decimal(k + 1)) }
        let (fast, foundation) = try bothWays(try ReportJSON.encode(report))
        #expect(fast == foundation)
        #expect(fast.applications[.newReceived, ColumnKey("column39")] == .number(40))
        #expect(fast == report)
    }

    /// `documentKind` (read by our parser) gives Foundation's answer for the envelopes and near-envelopes a folder holds.
    @Test func documentKindIsFoundationsAnswer() throws {
        let report = try ReportJSON.encode(Fixtures.seedReport)
        let forms = try ReportJSON.encode([WebsiteAnnualForm]())
        var documents: [Data] = [report, forms, Data([0xEF, 0xBB, 0xBF]) + report]
        documents += [
            "{\"schemaVersion\": 1, \"kind\": \"Inventory\"}", "{\"kind\": \"AnnualReport\"}", "{\"schemaVersion\": \"1\", \"kind\": \"X\"}",
            "{\"schemaVersion\": 1}", "{\"schemaVersion\": 1, \"kind\": 5}", "{\"schemaVersion\": null, \"kind\": \"X\"}",
            "{\"schemaVersion\": 1, \"kind\": null}", "{\"schemaVersion\": 1.5, \"kind\": \"X\"}", "{\"schemaVersion\": 2, \"kind\": \"X\", \"kind\": \"Y\"}",
            "[1, 2]", "[]", "{", "{\"schemaVersion\": 1, \"kind\": \"\\u5E74\u{62A5}\"}", "  {\"kind\": \"X\", \"schemaVersion\": 3}  ",
        ].map { Data($0.utf8) }
        for data in documents {
            #expect(ReportJSON.documentKind(of: data) == ReportJSON.documentKindWithFoundation(of: data), "\(String(decoding: data.prefix(80), as: UTF8.self))")
        }
        #expect(ReportJSON.documentKind(of: report) == "AnnualReport")
        #expect(ReportJSON.documentKind(of: Data([0xEF, 0xBB, 0xBF]) + report) == "AnnualReport")
    }

    /// A report saved with a UTF-8 byte-order mark (Windows editors write one) reads like one without.
    @Test func aByteOrderMarkIsSkipped() throws {
        let data = try ReportJSON.encode(Fixtures.seedReport)
        #expect(try ReportJSON.decode(AnnualReport.self, from: Data([0xEF, 0xBB, 0xBF]) + data) == Fixtures.seedReport)
    }

    @Test func malformedJSONIsNotJSONAtTheRoot() {
        for text in ["", "{", "{\"schemaVersion\": 1,}", "[1, 2", "{\"a\": tru}", "{\"a\": \"\u{1}\"}", "{\"a\": 01}"] {
            #expect(throws: JSONDocumentError.self, "\(text)") { _ = try ReportJSON.decode(AnnualReport.self, from: Data(text.utf8)) }
            do {
                _ = try ReportJSON.decode(AnnualReport.self, from: Data(text.utf8))
            } catch let error as JSONDocumentError {
                #expect(error.path == "$", "\(text)")
            } catch {
                Issue.record("not a JSONDocumentError: \(error)")
            }
        }
        // Invalid UTF-8 in a string the decoder would ignore (an overlong, a surrogate, a lone continuation byte).
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80], [0xE5, 0xB9]] {
            let data = Data(Array("{\"ignored\": \"".utf8) + bad + Array("\"}".utf8))
            #expect(throws: JSONDocumentError(file: nil, path: "$", reason: .notJSON("字符串不是有效的 UTF-8 — invalid UTF-8（第 13 字节） — at byte 13"))) {
                _ = try ReportJSON.decode(AnnualReport.self, from: data)
            }
        }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONDocumentError.self) { _ = try ReportJSON.decode(AnnualReport.self, from: Data(deep.utf8)) }
    }
}
