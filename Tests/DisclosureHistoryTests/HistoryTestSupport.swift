import DisclosureHistory
import DisclosureModel
import DisclosureSamples
import Foundation
import TestSupport

/// Shared helpers: a fresh database file, and sample reports with their JSON bytes.
enum HistoryTest {
    /// A new, empty history in a fresh temporary folder.
    static func history(_ name: String = #function) throws -> (ReportHistory, URL) {
        let url = Fixtures.temporaryDirectory(name).appendingPathComponent("history.sqlite")
        return (try ReportHistory(path: url.path), url)
    }

    /// The JSON bytes of a report (what a user's file would hold).
    static func bytes(_ report: AnnualReport) throws -> Data { try ReportJSON.encode(report) }

    /// Adds each report as if from its own JSON file.
    static func add(_ reports: [AnnualReport], to history: ReportHistory) throws {
        for r in reports {
            try history.add(report: r, sourceName: "\(r.organization.id)-\(r.year).json", bytes: try bytes(r))
        }
    }

    /// A small sample city of `year` (same seed every year, so the years chain).
    static func city(_ year: Int, units: Int = 20, seed: UInt64 = 5) -> SampleCity {
        SampleCity.generate(year: year, units: units, seed: seed)
    }
}
