import DisclosureAggregation
import DisclosureModel
import DisclosureValidation
import Foundation

/// Report inputs as a user gives them — files and folders — expanded into the report files to read, with the
/// organization tree found beside them.
///
/// ```swift
/// let inputs = try ReportInputs.expand([URL(fileURLWithPath: "city")])
/// inputs.files         // every candidate file under city/, recursively, in path order
/// inputs.tree          // city/organizations.csv (or one in the parent folder), when present
/// ```
/// Folders are walked recursively (an office keeps one folder per 县 or per batch); hidden files and Office lock
/// files (`~$…`) are left out. Which candidates are reports is decided by content when they are read
/// (`ReportFileReader.readAll`): the tree, inventories, website forms and our own output workbooks are skipped with
/// a note, not reported as unreadable.
public struct ReportInputs: Sendable {
    /// The candidate files, in the order given (a folder's files sorted by path).
    public var files: [URL]
    /// The organization tree, when one was given or found.
    public var tree: OrganizationTree?
    /// Where the tree was read from.
    public var treeFile: URL?
    /// The paths given as files (not found in a folder): one of them that is not a report is an error, not a note.
    public var givenFiles: Set<String>

    /// The standard file name of the tree of reporting units (`sample-city` writes it).
    public static let treeFileName = "organizations.csv"

    /// Expands `inputs`; `organizations` names the tree explicitly, else `organizations.csv` is looked for in the
    /// first folder given and then its parent.
    public static func expand(_ inputs: [URL], organizations: URL? = nil) throws(ReportFileError) -> ReportInputs {
        var files: [URL] = []
        var folders: [URL] = []
        var given: Set<String> = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input.path, isDirectory: &isDirectory) else {
                throw ReportFileError(.noSuchFile, file: input.path, message: "文件或文件夹不存在 — no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(input)
                given.insert(input.path)
                continue
            }
            folders.append(input)
            guard let found = FolderWalk.files(under: input.path) else {
                throw ReportFileError(.unreadable, file: input.path, message: "无法读取文件夹 — cannot list the folder")
            }
            files += found.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
        }
        let treeFile = organizations ?? folders.first.flatMap { folder in
            [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent(treeFileName) }
                .first { fm.fileExists(atPath: $0.path) }
        }
        var tree: OrganizationTree?
        if let treeFile {
            do {
                tree = OrganizationTree(try InventoryCSV.organizations(contentsOf: treeFile).records)
            } catch {
                throw ReportFileError(
                    .invalid, file: treeFile.path, message: "单位树无法读取：\(error) — the organization tree cannot be read",
                    underlying: error)
            }
        }
        return ReportInputs(files: files, tree: tree, treeFile: treeFile, givenFiles: given)
    }

    /// Creates inputs.
    public init(files: [URL], tree: OrganizationTree? = nil, treeFile: URL? = nil, givenFiles: Set<String> = []) {
        self.files = files
        self.tree = tree
        self.treeFile = treeFile
        self.givenFiles = givenFiles
    }
}

/// Every report read from a set of inputs, checked, with the files skipped and the files that failed.
public struct ReportBatch: Sendable {
    /// The reports read, each checked, in input order.
    public var reports: [CheckedReport]
    /// One note per file skipped because it is not a report (`INPUT.skipped`).
    public var skipped: [Diagnostic]
    /// One error per file that looked like a report but could not be read (`INPUT.unreadable`).
    public var failures: [Diagnostic]
    /// The organization tree found beside the reports, if any.
    public var tree: OrganizationTree?
    /// Where the tree was read from.
    public var treeFile: URL?

    /// Every finding: failures, then each report's, then the skipped files' notes.
    public var diagnostics: [Diagnostic] { failures + reports.flatMap(\.diagnostics) + skipped }
}

extension ReportFileReader {
    /// Reads and checks every report among `inputs`, one file after another: files that are recognisably something
    /// else are skipped with a note, files that fail to read become an error finding (the rest still read), and
    /// inputs with no report at all throw `.noReports` with a hint — never an empty result presented as a roll-up.
    ///
    /// The `async` overload reads the same files on every core, with the same result.
    ///
    /// - Parameters:
    ///   - inputs: the files to read (`ReportInputs.expand`).
    ///   - namesUnit: put each report's unit into its findings' locations.
    ///   - validator: the rules each report is checked with.
    ///   - progress: called with (files done, files in all) as reading goes.
    public func readAll(
        _ inputs: ReportInputs, namesUnit: Bool = true, validator: Validator = Validator(),
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(ReportFileError) -> ReportBatch {
        var outcomes: [InputOutcome] = []
        outcomes.reserveCapacity(inputs.files.count)
        let tree = inputs.treeFile.map(TreeFile.init)
        for (i, url) in inputs.files.enumerated() {
            progress(i, inputs.files.count)
            outcomes.append(outcome(of: url, in: inputs, tree: tree, namesUnit: namesUnit, validator: validator))
        }
        progress(inputs.files.count, inputs.files.count)
        return try batch(of: outcomes, inputs)
    }

    /// Reads and checks every report among `inputs` on up to `maxConcurrentReads` cores at once, with exactly the
    /// result of the one-by-one `readAll`: reports, notes and errors in input order, the same `.noReports` error.
    ///
    /// Each file is read and checked in a child task of a task group that never holds more than
    /// `maxConcurrentReads` files at a time (so memory stays bounded by the reports kept, not by the files queued).
    ///
    /// - Parameters:
    ///   - inputs: the files to read (`ReportInputs.expand`).
    ///   - namesUnit: put each report's unit into its findings' locations.
    ///   - validator: the rules each report is checked with.
    ///   - maxConcurrentReads: how many files are read at once (default: the machine's active cores; 1 reads one
    ///     file after another).
    ///   - progress: called with (files done, files in all) as files finish, in whatever order they finish.
    public func readAll(
        _ inputs: ReportInputs, namesUnit: Bool = true, validator: Validator = Validator(),
        maxConcurrentReads: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (Int, Int) -> Void = { _, _ in }
    ) async throws(ReportFileError) -> ReportBatch {
        let files = inputs.files
        let tree = inputs.treeFile.map(TreeFile.init)
        var outcomes = [InputOutcome](repeating: .ignored, count: files.count)
        let width = max(1, min(maxConcurrentReads, files.count))
        progress(0, files.count)
        await withTaskGroup(of: (Int, InputOutcome).self) { group in
            var next = 0
            var done = 0
            while next < width {
                let i = next
                group.addTask { (i, outcome(of: files[i], in: inputs, tree: tree, namesUnit: namesUnit, validator: validator)) }
                next += 1
            }
            while let (i, result) = await group.next() {
                outcomes[i] = result
                done += 1
                progress(done, files.count)
                guard next < files.count else { continue }
                let j = next
                group.addTask { (j, outcome(of: files[j], in: inputs, tree: tree, namesUnit: namesUnit, validator: validator)) }
                next += 1
            }
        }
        return try batch(of: outcomes, inputs)
    }

    /// What reading one candidate file gave.
    private func outcome(of url: URL, in inputs: ReportInputs, tree: TreeFile?, namesUnit: Bool, validator: Validator)
        -> InputOutcome
    {
        let path = url.path
        if let tree, tree.isNamed(by: path) { return .ignored }
        do {
            let file = try read(Self.contents(of: url, path: path), path: path)
            return .report(check(file, namesUnit: namesUnit, validator: validator))
        } catch {
            switch error.kind {
            case .notAReport(let kind) where !inputs.givenFiles.contains(path):
                return .skipped(InputDiagnostic.skipped(path, kind))
            default:
                return .failure(error)
            }
        }
    }

    /// The batch of the outcomes of `inputs.files`, in input order; `.noReports` when none is a report.
    private func batch(of outcomes: [InputOutcome], _ inputs: ReportInputs) throws(ReportFileError) -> ReportBatch {
        var batch = ReportBatch(reports: [], skipped: [], failures: [], tree: inputs.tree, treeFile: inputs.treeFile)
        var lastFailure: ReportFileError?
        for outcome in outcomes {
            switch outcome {
            case .report(let checked): batch.reports.append(checked)
            case .skipped(let note): batch.skipped.append(note)
            case .failure(let error):
                batch.failures.append(InputDiagnostic.unreadable(error))
                lastFailure = error
            case .ignored: break
            }
        }
        guard !batch.reports.isEmpty else {
            // One file given and it failed: its own error says more than "no report".
            if inputs.files.count == 1, let only = lastFailure { throw only }
            let place = inputs.files.isEmpty ? "（没有文件 no files）" : "（\(inputs.files.count) 个文件 files）"
            throw ReportFileError(
                .noReports, file: inputs.files.first?.deletingLastPathComponent().path ?? ".",
                message: "其中没有可读的报告\(place)；报告应为 JSON、报告文本或填好的工作簿，可用 disclosure sample-city 生成示例 — "
                    + "no readable report here; reports are JSON, report text or filled workbooks (disclosure sample-city writes examples)",
                underlying: nil)
        }
        return batch
    }
}

/// The organization tree's file, to leave it out of the files read: its name and standardized path worked out once per
/// batch, so that each candidate costs a comparison of the end of its path (a `URL` standardized per file was ~4 % of
/// checking 3,000 JSON reports).
private struct TreeFile: Sendable {
    /// `/organizations.csv`.
    let suffix: String
    /// The standardized path.
    let path: String

    init(_ url: URL) {
        suffix = "/" + url.lastPathComponent
        path = url.standardizedFileURL.path
    }

    /// Whether the file at `path` is the tree.
    func isNamed(by candidate: String) -> Bool {
        candidate.utf8.count >= suffix.utf8.count && candidate.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
            && URL(fileURLWithPath: candidate).standardizedFileURL.path == path
    }
}

/// What reading one candidate file of a batch gave.
private enum InputOutcome: Sendable {
    /// A report, read and checked.
    case report(CheckedReport)
    /// Not a report, skipped with this note.
    case skipped(Diagnostic)
    /// Looked like a report but could not be read.
    case failure(ReportFileError)
    /// The organization tree itself.
    case ignored
}

/// The diagnostics of reading inputs.
///
/// | id | severity | meaning |
/// |---|---|---|
/// | `INPUT.skipped` | note | a file beside the reports that is not a report (the tree, an inventory, an output); skipped |
/// | `INPUT.unreadable` | error | a file that could not be read as a report; left out, the rest still read |
public enum InputDiagnostic {
    /// `INPUT.skipped`.
    public static let skippedKind = DiagnosticKind(
        id: "INPUT.skipped", severity: .note,
        summary: "报告旁的文件不是报告（单位树、清单、本软件的输出），已跳过 — a file beside the reports that is not one; skipped")
    /// `INPUT.unreadable`.
    public static let unreadableKind = DiagnosticKind(
        id: "INPUT.unreadable", severity: .error,
        summary: "文件无法作为报告读取，未计入，其余照常 — a file that cannot be read as a report; left out, the rest still read")

    /// Every kind of this catalogue.
    public static let all = [skippedKind, unreadableKind]

    static func skipped(_ path: String, _ kind: ReportFileKind) -> Diagnostic {
        skippedKind.make(
            message: "不是报告，已跳过（\(kind)）", english: "not a report; skipped",
            location: Diagnostic.Location(file: path))
    }

    static func unreadable(_ error: ReportFileError) -> Diagnostic {
        unreadableKind.make(
            message: "无法读取，未计入：\(error.message)", english: "cannot be read; left out",
            location: Diagnostic.Location(file: error.file))
    }
}
