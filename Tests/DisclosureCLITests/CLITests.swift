import Foundation
import Testing
import TestSupport

/// Runs the built `disclosure` binary for each subcommand and asserts its output, files and exit code.
@Suite(.serialized) struct CLITests {
    let seedPath = Fixtures.url("seed-luoyang-2020.txt").path

    @Test func demoReadsTheEmbeddedSeedWritesItsFilesAndReportsThe324Versus316Finding() throws {
        let dir = Fixtures.temporaryDirectory()
        let r = try CLIRunner.run(["demo", "-o", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("洛阳市人民政府办公室 2020年"))
        #expect(r.stdout.contains("新收 178 + 上年结转 12 = 办理 189 + 结转 1"))
        #expect(r.stdout.contains("324 ≠ 191 + 91 + 6 + 28 = 316"))
        #expect(r.stdout.contains("0 个错误，1 个警告 — 0 errors, 1 warning"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == [
            "洛阳市人民政府办公室-2020-年度报告.xlsx", "洛阳市人民政府办公室-2020-政府信息公开工作年度报告.docx",
            "洛阳市人民政府办公室-2020-政府信息公开工作年度报告.fragment.html",
            "洛阳市人民政府办公室-2020-政府信息公开工作年度报告.html", "洛阳市人民政府办公室-2020-校验结果.json",
            "洛阳市人民政府办公室-2020.json",
        ])
        #expect(r.stdout.contains(dir.appendingPathComponent("洛阳市人民政府办公室-2020-政府信息公开工作年度报告.docx").path))
        let xlsx = try Data(contentsOf: dir.appendingPathComponent("洛阳市人民政府办公室-2020-年度报告.xlsx"))
        #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func publishWritesThePageFragmentAndDocumentAndSaysHowBlanksWereWritten() throws {
        let dir = Fixtures.temporaryDirectory()
        let r = try CLIRunner.run(["publish", seedPath, "-o", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let base = "洛阳市人民政府办公室-2020-政府信息公开工作年度报告"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["\(base).docx", "\(base).fragment.html", "\(base).html"])
        let page = try String(contentsOf: dir.appendingPathComponent("\(base).html"), encoding: .utf8)
        #expect(page.contains("rowspan=\"20\" class=\"gd-groupLabel\">三、本年度办理结果</th>"))

        // A JSON model with a blank: kept blank and said so; --blank-as-zero writes 0; --format picks the files.
        let json = dir.appendingPathComponent("seed.json")
        #expect(try CLIRunner.run(["parse", seedPath, "-o", json.path]).status == 0)
        let text = try String(contentsOf: json, encoding: .utf8).replacingOccurrences(of: "\"procurementAmount\" : 94.2", with: "\"procurementAmount\" : null")
        try text.write(to: json, atomically: true, encoding: .utf8)
        let kept = try CLIRunner.run(["publish", json.path, "-o", dir.appendingPathComponent("kept").path, "--format", "html"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stderr.contains("PUB.blankKept"))
        let zero = try CLIRunner.run(["publish", json.path, "-o", dir.appendingPathComponent("zero").path, "--format", "docx", "--blank-as-zero"])
        #expect(zero.stderr.contains("PUB.blankAsZero"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("zero").path) == ["\(base).docx"])
        let bad = try CLIRunner.run(["publish", json.path, "-o", dir.path, "--format", "pdf"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("未知格式 pdf"))
    }

    @Test func parseWritesTheJSONModelOfPublishedText() throws {
        let dir = Fixtures.temporaryDirectory()
        let out = dir.appendingPathComponent("seed.json")
        let r = try CLIRunner.run(["parse", seedPath, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try String(contentsOf: out, encoding: .utf8)
        #expect(json.contains("\"kind\" : \"AnnualReport\""))
        #expect(json.contains("\"procurementAmount\" : 94.2"))
        #expect(json.contains("\"name\" : \"洛阳市人民政府办公室\""))
    }

    @Test func checkExitsZeroOnTheSeedAndOneWhenAFigureIsBroken() throws {
        let ok = try CLIRunner.run(["check", seedPath])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("TEXT.newMediaBreakdown"))

        let dir = Fixtures.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.txt")
        // 一、本年新收 自然人 153 → 154 breaks 一+二=三（七）+四 and the row total.
        let text = Fixtures.seedText.replacingOccurrences(of: "一、本年新收政府信息公开申请数量\t153", with: "一、本年新收政府信息公开申请数量\t154")
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["check", broken.path, "--format", "json"])
        #expect(bad.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])
        #expect(object["command"] as? String == "check")
        #expect((object["summary"] as? [String: Any])?["errors"] as? Int ?? 0 > 0)
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        let ids = Set(list.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["APP.balance", "APP.rowTotal"]))
    }

    @Test func usageAndIOFailuresExitTwoWithABilingualMessage() throws {
        let missing = try CLIRunner.run(["check", "/nonexistent/report.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/report.txt：文件或文件夹不存在 — no such file or folder"))
        let usage = try CLIRunner.run(["template", "--edition", "2020", "-o", "x.xlsx"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("用法见 disclosure --help"))
        let binary = Fixtures.temporaryDirectory().appendingPathComponent("junk.bin")
        try Data([0x00, 0xFF, 0xFE, 0x01]).write(to: binary)
        let junk = try CLIRunner.run(["check", binary.path])
        #expect(junk.status == 2)
        #expect(junk.stderr.contains("无法识别的文件"))
        #expect(!junk.stderr.contains("Fatal error"))
    }

    @Test func exportTemplateAndImportRoundTripThroughTheWorkbook() throws {
        let dir = Fixtures.temporaryDirectory()
        let xlsx = dir.appendingPathComponent("seed.xlsx")
        let export = try CLIRunner.run(["export", seedPath, "-o", xlsx.path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("0 个错误，1 个警告"))

        let json = dir.appendingPathComponent("back.json")
        let imported = try CLIRunner.run(["import", xlsx.path, "-o", json.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let text = try String(contentsOf: json, encoding: .utf8)
        #expect(text.contains("\"newReceived\" : {"))
        #expect(text.contains("\"total\" : 178"))

        // The imported model checks the same as the text: a workbook INPUT is recognised by content.
        let renamed = dir.appendingPathComponent("seed-workbook.data")
        try FileManager.default.copyItem(at: xlsx, to: renamed)
        let check = try CLIRunner.run(["check", renamed.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        for edition in ["2019", "2021"] {
            let template = dir.appendingPathComponent("template-\(edition).xlsx")
            let t = try CLIRunner.run(["template", "--edition", edition, "-o", template.path])
            #expect(t.status == 0, "\(t.stderr)")
            #expect(FileManager.default.fileExists(atPath: template.path))
        }
    }

    @Test func importRefusesAFileThatIsNotAWorkbook() throws {
        let r = try CLIRunner.run(["import", seedPath])
        #expect(r.status == 2)
        #expect(r.stderr.contains("不是 .xlsx 工作簿"))
    }

    @Test func sampleCityWritesTheTreeReportsAndInventoriesAndListsPlantedErrors() throws {
        let dir = Fixtures.temporaryDirectory()
        let r = try CLIRunner.run(["sample-city", "-o", dir.path, "--year", "2021", "--errors", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("55 份报告 reports, 59 个网站 websites, 324 个政务新媒体账号 accounts"))
        #expect(r.stdout.components(separatedBy: "植入 planted:").count == 3)
        let reports = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("reports").path)
        #expect(reports.count == 55)
        for name in ["organizations.csv", "organizations-all.csv", "websites.csv", "accounts.csv", "website-forms.json", "injected-errors.txt"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
        // The roll-up of the folder finds no missing unit: organizations.csv holds exactly the reporting units.
        let out = dir.appendingPathComponent("rollup.xlsx")
        // The tree is found beside the reports folder, as sample-city lays it out.
        let rollup = try CLIRunner.run(["rollup", dir.appendingPathComponent("reports").path, "-o", out.path])
        #expect(rollup.status == 1, "the planted errors are error findings: \(rollup.stderr)")
        #expect(rollup.stdout.contains("已汇总 55 个单位 rolled up 55 units"))
        #expect(!rollup.stdout.contains("AGG.missingReport"))
        #expect(rollup.stderr.contains("单位树 organization tree:"))
        #expect(rollup.stderr.contains("错误 APP."))
        // The planted errors are found: check exits 1 on the folder.
        let check = try CLIRunner.run(["check", dir.appendingPathComponent("reports").path])
        #expect(check.status == 1)
    }

    @Test func inventoryCountsThePlatformsAndComparesTheSeedsDeclaredCountsWithTheRecords() throws {
        let dir = Fixtures.temporaryDirectory()
        #expect(try CLIRunner.run(["sample-city", "-o", dir.path]).status == 0)
        let out = dir.appendingPathComponent("media.xlsx")
        let r = try CLIRunner.run([
            "inventory", "--websites", dir.appendingPathComponent("websites.csv").path,
            "--accounts", dir.appendingPathComponent("accounts.csv").path,
            "--organizations", dir.appendingPathComponent("organizations-all.csv").path,
            "--report", seedPath, "-o", out.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("网站 websites 59 个；政务新媒体 accounts 324 个（微信 191、微博 91、移动客户端 6、其他 36）"))
        #expect(r.stderr.contains("INV.declaredCount"))
        #expect(r.stderr.contains("申报政务新媒体“其他” 28 个，清单中在用 36 个"))
        #expect(FileManager.default.fileExists(atPath: out.path))

        let template = dir.appendingPathComponent("lists.xlsx")
        let t = try CLIRunner.run(["inventory", "--template", "-o", template.path])
        #expect(t.status == 0, "\(t.stderr)")
        #expect(FileManager.default.fileExists(atPath: template.path))

        let missing = try CLIRunner.run(["inventory", "-o", out.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("需要 --websites 和 --accounts"))
    }

    @Test func everySubcommandHasBilingualHelp() throws {
        for sub in ["demo", "parse", "check", "export", "template", "import", "rollup", "inventory", "website-forms", "sample-city"] {
            let r = try CLIRunner.run([sub, "--help"])
            #expect(r.status == 0, "\(sub)")
            #expect(r.stdout.contains("USAGE: disclosure \(sub)"), "\(sub)")
            #expect(r.stdout.contains(" — "), "\(sub) help has no English gloss")
        }
    }

    @Test func websiteFormsAreCheckedAndWrittenOneSheetPerSite() throws {
        let dir = Fixtures.temporaryDirectory()
        #expect(try CLIRunner.run(["sample-city", "-o", dir.path]).status == 0)
        let out = dir.appendingPathComponent("forms.xlsx")
        let r = try CLIRunner.run(["website-forms", dir.appendingPathComponent("website-forms.json").path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("网站年度报表 59 份 — 59 website forms"))
        #expect(r.stderr.contains("0 个错误"))
        #expect(FileManager.default.fileExists(atPath: out.path))
    }
}

@Suite struct CLIFolderTests {
    /// `disclosure rollup CITY` on the folder `sample-city` writes: its reports sit in `CITY/reports/`.
    @Test func rollupOfTheSampleCityFolderFindsEveryReportAndSkipsTheRest() throws {
        let dir = Fixtures.temporaryDirectory()
        let made = try CLIRunner.run(["sample-city", "-o", dir.path, "--year", "2021"])
        #expect(made.status == 0, "\(made.stderr)")
        let out = dir.appendingPathComponent("out/rollup.xlsx")
        let r = try CLIRunner.run(["rollup", dir.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("已汇总 55 个单位 rolled up 55 units"))
        #expect(!r.stdout.contains("AGG.missingReport"))
        #expect(!r.stdout.contains("INPUT.unreadable"))
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aFolderWithoutReportsExitsOneAndWritesNothing() throws {
        let dir = Fixtures.temporaryDirectory()
        try Data("a,b\n".utf8).write(to: dir.appendingPathComponent("websites.csv"))
        let out = dir.appendingPathComponent("rollup.xlsx")
        let r = try CLIRunner.run(["rollup", dir.path, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("没有可读的报告"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
