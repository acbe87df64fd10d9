import DisclosureHistory
import DisclosureModel
import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `disclosure history …` end to end, and what a killed import leaves behind.
@Suite(.serialized) struct HistoryCLITests {
    /// Writes a sample city of `year` into `dir/YEAR` and returns its reports folder.
    func sampleCity(_ year: Int, in dir: URL, units: Int = 55, extra: [String] = []) throws -> String {
        let out = dir.appendingPathComponent("\(year)")
        let r = try CLIRunner.run(["sample-city", "-o", out.path, "--year", "\(year)", "--units", "\(units)", "--seed", "3"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return out.appendingPathComponent("reports").path
    }

    @Test func theChainedSampleCityPassesHistoryCheckAndAPlantedMistakeFailsIt() throws {
        let dir = Fixtures.temporaryDirectory()
        let db = dir.appendingPathComponent("h.sqlite").path
        let r2020 = try sampleCity(2020, in: dir)
        let r2021 = try sampleCity(2021, in: dir)
        let add = try CLIRunner.run(["history", "add", r2020, "--db", db])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("已导入 55 份，未改动 0 份，失败 0 份"))
        #expect(add.stderr.contains("单位树 organization tree (2020)"))
        #expect(try CLIRunner.run(["history", "add", r2021, "--db", db]).status == 0)
        let ok = try CLIRunner.run(["history", "check", "--db", db])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(ok.stdout.contains("0 个错误，0 个警告"))

        // Adding the same folder again changes nothing.
        let again = try CLIRunner.run(["history", "add", r2021, "--db", db])
        #expect(again.stdout.contains("已导入 0 份，未改动 55 份"))

        // A resubmitted 2021 city with a planted carry-over mistake: new versions, and check fails naming it.
        let bad = dir.appendingPathComponent("bad")
        let plant = try CLIRunner.run(["sample-city", "-o", bad.path, "--year", "2021", "--seed", "3", "--cross-year-errors", "1"])
        #expect(plant.status == 0)
        let planted = try String(contentsOf: bad.appendingPathComponent("injected-errors.txt"), encoding: .utf8)
        // `reports/003-….json｜单位（ID）｜cell｜what｜expect`: the unit's id between the brackets.
        let unitID = try #require(planted.split(separator: "｜").dropFirst().first
            .flatMap { $0.split(separator: "（").last?.split(separator: "）").first }.map(String.init))
        #expect(try CLIRunner.run(["history", "add", bad.appendingPathComponent("reports").path, "--db", db]).status == 0)
        let failed = try CLIRunner.run(["history", "check", "--db", db, "--year", "2021", "--format", "json"])
        #expect(failed.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any])
        #expect(object["command"] as? String == "history check")
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(list.count == 2)
        let location = try #require(list.first?["location"] as? [String: Any])
        #expect(location["table"] as? String == "applications")
        #expect(location["row"] as? String == "carriedOver")
        #expect(location["column"] as? String == "naturalPerson")
        let show = try CLIRunner.run(["history", "show", unitID, "--db", db])
        #expect(show.stdout.contains("2021年 v1"))
        #expect(show.stdout.contains("2021年 v2"))

        let xlsx = dir.appendingPathComponent("compare.xlsx").path
        let compare = try CLIRunner.run(["history", "compare", "--db", db, "--from", "2020", "--to", "2021", "-o", xlsx])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(FileManager.default.fileExists(atPath: xlsx))
        let rollup = try CLIRunner.run(["history", "rollup", "--db", db, "--year", "2021", "-o", dir.appendingPathComponent("r.xlsx").path])
        #expect(rollup.status == 0, "\(rollup.stderr)")
        #expect(rollup.stdout.contains("已汇总 55 个单位"))
    }

    @Test func aForeignFileIsRefusedWithExitTwoAndABilingualMessage() throws {
        let dir = Fixtures.temporaryDirectory()
        let junk = dir.appendingPathComponent("junk.sqlite")
        try Data("hello".utf8).write(to: junk)
        let r = try CLIRunner.run(["history", "list", "--db", junk.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("不是 SQLite 数据库"))
        #expect(r.stderr.contains("not an SQLite database"))
    }

    @Test func killingAnImportLeavesExactlyTheFilesCommittedBeforeAndTwoReadersWorkMeanwhile() throws {
        let dir = Fixtures.temporaryDirectory()
        let reports = try sampleCity(2021, in: dir, units: 600)
        let files = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 600)
        let db = dir.appendingPathComponent("h.sqlite").path

        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["history", "add", reports, "--db", db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let fast = ReportHistory.Options(createsFile: false, checksIntegrity: false)
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while seen < 60, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            if FileManager.default.fileExists(atPath: db), let h = try? ReportHistory(path: db, options: fast) {
                seen = (try? h.reports().count) ?? 0
            }
        }
        // Two reader processes while the writer goes on (WAL).
        let readers = try [0, 1].map { _ -> (Process, Pipe) in
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = ["history", "list", "--db", db]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            return (p, out)
        }
        for (p, out) in readers {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            #expect(text.contains(" reports"))
        }
        #expect(process.isRunning, "the import finished before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // Full checks on opening (integrity included) pass; what is held is a prefix of the files, each whole.
        let history = try ReportHistory(path: db)
        let stored = try history.reports()
        #expect(stored.count >= 60 && stored.count < files.count)
        #expect(stored.map(\.sourceName).sorted() == Array(files.prefix(stored.count)))
        for s in stored.prefix(40) + stored.suffix(5) {
            let data = try Data(contentsOf: URL(fileURLWithPath: reports).appendingPathComponent(s.sourceName))
            let original = try ReportJSON.decode(AnnualReport.self, from: data)
            #expect(try history.report(unit: s.unitID, year: 2021) == original)
        }

        // Importing again finishes the rest and leaves the committed ones alone.
        let rest = try CLIRunner.run(["history", "add", reports, "--db", db])
        #expect(rest.status == 0)
        #expect(rest.stdout.contains("已导入 \(files.count - stored.count) 份，未改动 \(stored.count) 份，失败 0 份"))
        #expect(try history.reports().count == files.count)
    }
}
