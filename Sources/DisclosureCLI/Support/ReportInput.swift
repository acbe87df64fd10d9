import DisclosureInput
import DisclosureModel
import Foundation

/// A report read from one INPUT (the library's `ReportFile`, as the commands use it).
typealias LoadedReport = ReportFile

/// The command line's view of the library's one way in (`ReportFileReader`, `ReportInputs`): each failure becomes
/// a `CLIError` (exit 2) with the library's located, bilingual message.
enum ReportInput {
    /// The reader every command uses.
    static let reader = ReportFileReader()

    /// Reads one report file.
    static func load(_ path: String) throws -> LoadedReport {
        do {
            return try reader.read(URL(fileURLWithPath: path))
        } catch {
            throw CLIError(error)
        }
    }

    /// Reads one report and checks it: the findings of reading (located in `path`) followed by validation's.
    static func check(_ path: String, previous: AnnualReport? = nil, namesUnit: Bool = true) throws
        -> (loaded: LoadedReport, diagnostics: [Diagnostic])
    {
        do {
            let checked = try reader.check(URL(fileURLWithPath: path), previous: previous, namesUnit: namesUnit)
            return (checked.file, checked.diagnostics)
        } catch {
            throw CLIError(error)
        }
    }

    /// Every report among INPUT files and folders (recursively), read and checked on every core; the tree found
    /// beside them.
    static func readAll(_ inputs: [String], organizations: String? = nil, namesUnit: Bool = true, label: String)
        async throws -> ReportBatch
    {
        do {
            let expanded = try ReportInputs.expand(
                inputs.map { URL(fileURLWithPath: $0) }, organizations: organizations.map { URL(fileURLWithPath: $0) })
            if organizations == nil, let tree = expanded.treeFile { Terminal.error("单位树 organization tree: \(tree.path)") }
            var progress = ProgressBar(total: expanded.files.count, label: label)
            defer { progress.finish() }
            return try await reader.readAll(expanded, namesUnit: namesUnit) { done, _ in progress.update(done) }
        } catch {
            throw CLIError(error)
        }
    }

    /// The bytes of a file, or a located error.
    static func contents(of path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.unreadable(path, error)
        }
    }
}
