import DisclosureModel
import DisclosureSamples
import Foundation
import TestSupport
import Testing

/// One rule for every subcommand: results on stdout, progress and other commands' findings on stderr; `--format
/// json` puts exactly one JSON object on stdout; exit 1 whenever an error-severity finding is reported, 2 for usage
/// and I/O failures.
@Suite struct CLIConventionTests {
    /// The JSON object a subcommand printed with `--format json`.
    static func object(_ r: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "stdout: \(r.stdout)")
    }

    @Test func everyFindingsSubcommandPrintsOneJSONObjectAndExitsOneOnAnError() throws {
        let dir = Fixtures.temporaryDirectory()
        #expect(try CLIRunner.run(["sample-city", "-o", dir.path, "--year", "2021", "--units", "6", "--errors", "1"]).status == 0)
        let seed = dir.appendingPathComponent("seed.txt")
        try Data(Fixtures.seedText.utf8).write(to: seed)
        let reports = dir.appendingPathComponent("reports")
        let broken = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        // The planted unit's file, found by checking each (exit 1 marks it).
        var brokenFile: String?
        for name in broken where try CLIRunner.run(["check", reports.appendingPathComponent(name).path]).status == 1 {
            brokenFile = reports.appendingPathComponent(name).path
        }
        let bad = try #require(brokenFile)
        let book = dir.appendingPathComponent("seed.xlsx")
        let runs: [(name: String, args: [String], exit: Int32)] = [
            ("check", ["check", seed.path], 0),
            ("check", ["check", bad], 1),
            ("rollup", ["rollup", dir.path, "-o", dir.appendingPathComponent("r.xlsx").path], 1),
            ("export", ["export", seed.path, "-o", book.path], 0),
            ("export", ["export", bad, "-o", dir.appendingPathComponent("bad.xlsx").path], 1),
            ("parse", ["parse", seed.path, "-o", dir.appendingPathComponent("seed.json").path], 0),
            ("import", ["import", book.path, "-o", dir.appendingPathComponent("book.json").path], 0),
            ("inventory", [
                "inventory", "--websites", dir.appendingPathComponent("websites.csv").path, "--accounts",
                dir.appendingPathComponent("accounts.csv").path, "-o", dir.appendingPathComponent("inv.xlsx").path,
            ], 0),
            ("website-forms", ["website-forms", dir.appendingPathComponent("website-forms.json").path, "-o", dir.appendingPathComponent("w.xlsx").path], 0),
        ]
        for run in runs {
            let text = try CLIRunner.run(run.args)
            #expect(text.status == run.exit, "\(run.args): \(text.stderr)")
            #expect(text.stdout.contains("已写入 wrote") || run.name == "check", "\(run.args)")
            let json = try CLIRunner.run(run.args + ["--format", "json"])
            #expect(json.status == run.exit, "\(run.args) --format json: \(json.stderr)")
            let object = try Self.object(json)
            #expect(object["command"] as? String == run.name)
            let summary = try #require(object["summary"] as? [String: Int])
            #expect((summary["errors"] ?? 0 > 0) == (run.exit == 1), "\(run.args)")
            #expect(object["diagnostics"] is [[String: Any]])
        }
        let publish = try CLIRunner.run(["publish", seed.path, "-o", dir.appendingPathComponent("pub").path, "--format", "html,json"])
        #expect(publish.status == 0)
        #expect(try Self.object(publish)["command"] as? String == "publish")
    }

    @Test func findingsOfAWritingCommandGoToStandardErrorAndCheckKeepsThemOnStandardOutput() throws {
        let dir = Fixtures.temporaryDirectory()
        let seed = dir.appendingPathComponent("seed.txt")
        try Data(Fixtures.seedText.utf8).write(to: seed)
        let export = try CLIRunner.run(["export", seed.path, "-o", dir.appendingPathComponent("s.xlsx").path])
        #expect(export.stderr.contains("TEXT.newMediaBreakdown"))
        #expect(!export.stdout.contains("TEXT.newMediaBreakdown"))
        let check = try CLIRunner.run(["check", seed.path])
        #expect(check.stdout.contains("TEXT.newMediaBreakdown"))
    }

    @Test func helpShowsDefaultsAsTypedAndAFileInThePathIsNamed() throws {
        let help = try CLIRunner.run(["help", "check"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("default: text)"))
        #expect(!help.stdout.contains("DiagnosticFormatArgument"))
        let dir = Fixtures.temporaryDirectory()
        let seed = dir.appendingPathComponent("seed.txt")
        try Data(Fixtures.seedText.utf8).write(to: seed)
        let blocked = try CLIRunner.run(["export", seed.path, "-o", seed.appendingPathComponent("x.xlsx").path])
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("\(seed.path) 是文件，不是文件夹"))
        #expect(!blocked.stderr.contains("same name"))
    }

    @Test func sampleCityNamesTheFileUnitAndCellOfEveryPlantedMistake() throws {
        let dir = Fixtures.temporaryDirectory()
        let r = try CLIRunner.run(["sample-city", "-o", dir.path, "--year", "2021", "--errors", "2"])
        let lines = r.stdout.components(separatedBy: "\n").filter { $0.contains("植入 planted:") }
        #expect(lines.count == 2)
        for line in lines {
            let fields = line.components(separatedBy: "｜")
            #expect(fields.count == 5, "\(line)")
            let file = try #require(fields.first?.components(separatedBy: "planted: ").last)
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path), "\(file)")
            #expect(fields[2].hasPrefix("表"), "\(line)")
            #expect(!line.contains("results total not"))
        }
    }
}
