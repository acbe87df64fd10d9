import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

@Suite("DiagnosticRenderer: terminal lines and JSON")
struct RendererTests {
    static var seedWarning: Diagnostic {
        var report = Fixtures.seedReport
        report.quotedFigures[5].source = TextLocation(file: "seed.txt", line: 27, excerpt: "开设政务新媒体 324 个")
        return Validator().validate(report)[0]
    }

    static var balanceError: Diagnostic {
        var report = Fixtures.seedReport
        report.applications[.newReceived, .naturalPerson] = 154
        return IdentityRule().check(report, in: ValidationContext(fileName: "luoyang.json"))[0]
    }

    @Test("the seed's warning renders as one headline with file:line and its notes indented")
    func terminalSeed() {
        let text = DiagnosticRenderer(showsUnit: false).render([Self.seedWarning])
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false) == [
                "seed.txt:27 newMediaAccounts: 警告 TEXT.newMediaBreakdown: 正文政务新媒体总数 324 个，但分类合计 191 + 91 + 6 + 28 = 316 个，少 8 个：“其他”应包括抖音、今日头条、百家号、快手等平台的账号 — the breakdown is 8 short of the 324 accounts: 324 ≠ 191 + 91 + 6 + 28 = 316; 其他 must include 抖音/今日头条/百家号/…",
                "    324 ≠ 191 + 91 + 6 + 28 = 316",
                "    差额 diff: +8",
                "    微信 191，微博 91，移动客户端 6，其他 28",
                "0 个错误，1 个警告 — 0 errors, 1 warning",
                "",
            ])
    }

    @Test("an identity error names the unit; the table place is in the message, not repeated")
    func terminalIdentity() {
        #expect(
            DiagnosticRenderer().headline(for: Self.balanceError)
                == "luoyang.json 洛阳市人民政府办公室: 错误 APP.balance: 表三 自然人：不满足「第一项加第二项之和，等于第三项加第四项之和（一＋二＝三（七）＋四）」，166 ≠ 165 — 表三 column naturalPerson: new + carried over = results total + carried forward does not hold, 166 ≠ 165"
        )
    }

    @Test("a diagnostic from elsewhere with a table location gets the place from the form")
    func placeFromLocation() {
        let d = Diagnostic(
            id: "WB.cell", severity: .error, message: "不是整数（\"12.5\"）", english: "not a whole number",
            location: .init(file: "unit.xlsx", table: .applications, row: .granted, column: .naturalPerson, sheet: "表三", cell: "D8"))
        #expect(
            DiagnosticRenderer().headline(for: d)
                == "unit.xlsx 表三!D8 表三 （一）予以公开 × 自然人: 错误 WB.cell: 不是整数（\"12.5\"） — not a whole number")
    }

    @Test("colour wraps the severity and id in ANSI escapes")
    func colour() {
        let line = DiagnosticRenderer(colour: true, showsUnit: false).headline(for: Self.balanceError)
        #expect(line.hasPrefix("luoyang.json: \u{1B}[1;31m错误 APP.balance\u{1B}[0m: 表三 自然人："))
    }

    @Test("the summary counts each severity, in Chinese and English, with notes only when any")
    func summary() {
        let e = Self.balanceError
        let w = Self.seedWarning
        var n = w
        n.severity = .note
        #expect(DiagnosticRenderer.summary([e, e, w]) == "2 个错误，1 个警告 — 2 errors, 1 warning")
        #expect(DiagnosticRenderer.summary([]) == "0 个错误，0 个警告 — 0 errors, 0 warnings")
        #expect(DiagnosticRenderer.summary([e, n, n]) == "1 个错误，0 个警告，2 个提示 — 1 error, 0 warnings, 2 notes")
    }

    @Test("JSON is an array with sorted keys, absent location parts left out")
    func json() throws {
        let text = try DiagnosticRenderer.json([Self.seedWarning])
        #expect(
            text == """
                [
                  {
                    "english" : "the breakdown is 8 short of the 324 accounts: 324 ≠ 191 + 91 + 6 + 28 = 316; 其他 must include 抖音/今日头条/百家号/…",
                    "id" : "TEXT.newMediaBreakdown",
                    "location" : {
                      "detail" : "newMediaAccounts",
                      "file" : "seed.txt",
                      "line" : 27,
                      "section" : "overview",
                      "unit" : "洛阳市人民政府办公室"
                    },
                    "message" : "正文政务新媒体总数 324 个，但分类合计 191 + 91 + 6 + 28 = 316 个，少 8 个：“其他”应包括抖音、今日头条、百家号、快手等平台的账号",
                    "notes" : [
                      "324 ≠ 191 + 91 + 6 + 28 = 316",
                      "差额 diff: +8",
                      "微信 191，微博 91，移动客户端 6，其他 28"
                    ],
                    "severity" : "warning"
                  }
                ]
                """)
    }
}
