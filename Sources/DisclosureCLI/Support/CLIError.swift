import DisclosureInput
import DisclosureModel
import Foundation

/// A failure the command line reports and exits 2 for: always says which file, in Chinese with an English gloss.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    /// The exit code: 2 (usage or I/O), or 1 for inputs that hold no report (nothing to check is a finding).
    var exitCode: Int32 = 2

    init(_ chinese: String, _ english: String, file: String? = nil) {
        description = (file.map { "\($0)：" } ?? "") + "\(chinese) — \(english)"
    }

    /// A library error that already names its file and speaks both languages.
    init(_ error: ReportFileError) {
        description = error.description
        if error.kind == .noReports { exitCode = 1 }
    }

    /// Cannot read a file.
    static func unreadable(_ path: String, _ error: any Error) -> CLIError {
        CLIError("无法读取文件（\(describe(error))）", "cannot read the file", file: path)
    }

    /// Cannot write a file (an error that is already ours passes through, so the file is named once).
    static func unwritable(_ path: String, _ error: any Error) -> CLIError {
        if let ours = error as? CLIError { return ours }
        return CLIError("无法写入文件（\(describe(error))）", "cannot write the file", file: path)
    }

    /// The text of any error, without Swift type noise where the error describes itself.
    static func describe(_ error: any Error) -> String {
        if let e = error as? CocoaError { return e.localizedDescription }
        return String(describing: error)
    }
}
