import ArgumentParser
import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import Foundation

/// `disclosure sample-city -o DIR [--year 2020] [--units N] [--errors K]`.
struct SampleCityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-city",
        abstract: "生成一个示例城市的全部数据 — write a generated sample city to try everything else on.",
        discussion: """
            写出：organizations.csv（报送单位树）、organizations-all.csv（含账号主办的下属单位）、reports/*.json（每单位一份
            报告）、websites.csv、accounts.csv、website-forms.json、injected-errors.txt（--errors 时植入的错误清单）。
            同一参数总是生成同样的数据。

            Writes the reporting tree (organizations.csv), the tree with the sub-units that host accounts \
            (organizations-all.csv), one report per unit (reports/), the website and account inventories, the \
            website annual forms and, with --errors, the list of planted mistakes. The same arguments always give \
            the same city. Then: disclosure rollup DIR/reports -o city.xlsx; disclosure inventory --websites \
            DIR/websites.csv --accounts DIR/accounts.csv --organizations DIR/organizations-all.csv -o media.xlsx
            """
    )

    @Option(name: .shortAndLong, help: "输出文件夹 — output folder.")
    var output: String

    @Option(help: "报告年度 — the year reported on (2020 → 2019 edition, 2021 on → 2021 edition).")
    var year: Int = 2020

    @Option(help: "报送单位数（含市本级） — reporting units, the city itself included.")
    var units: Int = 55

    @Option(help: "植入的已知错误数 — how many known mistakes to plant (each is listed).")
    var errors: Int = 0

    @Option(help: "植入的跨年度错误数（上年结转≠上年结转下年度） — how many cross-year mistakes to plant (listed too).")
    var crossYearErrors: Int = 0

    @Option(help: "随机种子 — the seed; the same seed gives the same city.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (2019...2100).contains(year) else { throw ValidationError("--year 应在 2019–2100 — --year must be 2019…2100") }
        guard units >= 1 else { throw ValidationError("--units 至少为 1 — --units must be at least 1") }
        guard errors >= 0, errors <= units else {
            throw ValidationError("--errors 应在 0–\(units) — --errors must be between 0 and --units")
        }
        guard crossYearErrors >= 0, crossYearErrors <= units else {
            throw ValidationError("--cross-year-errors 应在 0–\(units) — --cross-year-errors must be between 0 and --units")
        }
    }

    func run() throws {
        var city = SampleCity.generate(year: year, units: units, seed: seed, errors: errors)
        let crossYear = city.plantCrossYearErrors(crossYearErrors)
        try Self.write(city, to: output, crossYear: crossYear)
        Terminal.out(
            "已生成示例城市 — wrote a sample city to \(output): \(city.reports.count) 份报告 reports, "
                + "\(city.websites.count) 个网站 websites, \(city.accounts.count) 个政务新媒体账号 accounts")
        for line in city.plantedErrorLines() + city.plantedErrorLines(crossYear) { Terminal.out("  植入 planted: \(line)") }
    }

    /// Writes a sample city's files into `folder` (the library's layout: `SampleCity.write(to:crossYear:)`).
    static func write(_ city: SampleCity, to folder: String, crossYear: [CrossYearError] = []) throws {
        try Output.createFolder(folder)
        do {
            try city.write(to: URL(fileURLWithPath: folder), crossYear: crossYear)
        } catch {
            throw CLIError.unwritable(folder, error)
        }
    }
}
