import DisclosureModel
import DisclosureValidation
import Foundation

/// Writing results: JSON documents atomically, and diagnostics for people or programs.
enum Output {
    /// Writes `data` to `path` atomically (a temporary file in the same folder, then a rename), or to standard
    /// output when `path` is nil or `-`.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            if data.last != 0x0A { FileHandle.standardOutput.write(Data("\n".utf8)) }
            return
        }
        do {
            try createParentFolder(of: path)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError.unwritable(path, error)
        }
    }

    /// Creates the folder that will hold `path` when missing.
    static func createParentFolder(of path: String) throws {
        try createFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path, for: path)
    }

    /// Creates a folder (and its parents) or throws a located error; a part of the path that is a file, not a
    /// folder, is named as such (`/etc/passwd/x.xlsx`).
    static func createFolder(_ path: String, for target: String? = nil) throws {
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL
        while ancestor.path != "/" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw CLIError("无法写入：\(ancestor.path) 是文件，不是文件夹", "cannot write: \(ancestor.path) is a file, not a folder", file: target ?? path)
                }
                break
            }
            ancestor.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError.unwritable(target ?? path, error)
        }
    }

    /// The diagnostics as a person reads them (with a summary line), colour only on a terminal.
    static func text(_ diagnostics: [Diagnostic], edition: Edition? = nil) -> String {
        let renderer = DiagnosticRenderer(colour: Terminal.stdoutIsTerminal, edition: edition)
        var text = renderer.render(diagnostics)  // ends with the summary line
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

extension Output {
    /// How many findings are printed one by one before the output switches to counts by id.
    static let detailLimit = 20

    /// The findings for a terminal: each one when there are few, else a count per id, most frequent first
    /// (the details are in the workbook the command wrote).
    static func brief(_ diagnostics: [Diagnostic]) -> String {
        guard diagnostics.count > detailLimit else { return text(diagnostics) }
        let byID = Dictionary(grouping: diagnostics, by: \.id).map { ($0.key, $0.value.count, $0.value[0].severity) }
        let lines = byID.sorted { ($0.2, $0.1, $1.0) > ($1.2, $1.1, $0.0) }.map { "  \($0.2.chinese) \($0.0) × \($0.1)" }
        return ([DiagnosticRenderer.summary(diagnostics)] + lines).joined(separator: "\n")
    }
}

/// The output format of diagnostics.
enum DiagnosticFormat: String, CaseIterable {
    /// For people: one line per finding, Chinese with an English gloss.
    case text
    /// For programs: a JSON array of diagnostics.
    case json
}
