import Foundation

/// Test fixtures shared by every test target: the seed report and the published transcriptions, copied into the
/// package so tests run on a fresh clone without `../shared`.
public enum Fixtures {
    /// The seed report verbatim: 洛阳市人民政府办公室 2020年政府信息公开工作年度报告.
    public static var seedText: String { text("seed-luoyang-2020.txt") }

    /// 武汉市汉阳区人民政府办公室 2022 (2021 edition, partial transcription).
    public static var hanyang2022Text: String { text("published/report-wuhan-hanyang-qufuban-2022.txt") }

    /// 武汉市生态环境局 2020 (2019 edition with 湖北 provincial additions, partial transcription).
    public static var wuhanEcology2020Text: String { text("published/report-wuhan-shengtaihuanjingju-2020.txt") }

    /// The URL of a fixture file by its path below `Fixtures/`.
    public static func url(_ relativePath: String) -> URL {
        guard let base = Bundle.module.resourceURL else {
            preconditionFailure("TestSupport resources are missing from the test bundle")
        }
        return base.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    /// The text of a fixture file (UTF-8).
    public static func text(_ relativePath: String) -> String {
        do {
            return try String(contentsOf: url(relativePath), encoding: .utf8)
        } catch {
            preconditionFailure("fixture \(relativePath) unreadable: \(error)")
        }
    }

    /// A fresh, empty temporary directory for one test.
    public static func temporaryDirectory(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("govdisclosure-tests")
            .appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
