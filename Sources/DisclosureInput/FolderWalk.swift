#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The candidate report files under a folder, recursively: one `readdir` pass per folder, whose entries say their own
/// type, so a folder of 3,000 reports costs no `stat` per file (`FileManager`'s enumerator plus
/// `URL.resourceValues` cost one or two each and a `URL` per step; ~14 % of checking 3,000 JSON reports).
///
/// What is kept is what the enumerator with `.skipsHiddenFiles` and an `isRegularFile` test kept: regular files whose
/// names start with neither `.` nor `~$` (Office lock files); hidden folders are not entered; symbolic links are
/// left alone, whether to a file or a folder (so a link loop cannot hang the walk).
enum FolderWalk {
    /// The paths of the candidate files under `folder` (a path without a trailing `/`, except the root), in no
    /// particular order; nil when `folder` itself cannot be listed. A subfolder that cannot be listed is passed over.
    static func files(under folder: String) -> [String]? {
        var found: [String] = []
        guard walk(folder, into: &found) else { return nil }
        return found
    }

    /// Adds the candidate files of `folder` and its subfolders to `found`; false when `folder` cannot be opened.
    private static func walk(_ folder: String, into found: inout [String]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            // ".", "..", hidden files and folders.
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            switch kind(of: entry.pointee.d_type, path: path) {
            case .folder: folders.append(path)
            case .file where !name.hasPrefix("~$"): found.append(path)
            default: break
            }
        }
        for subfolder in folders { _ = walk(subfolder, into: &found) }
        return true
    }

    private enum Kind { case file, folder, other }

    /// What an entry is, from its `d_type`; an unknown type asked with `lstat`. A symbolic link is neither a file nor
    /// a folder here, as for `URL.resourceValues(forKeys: [.isRegularFileKey])`, which does not follow it.
    private static func kind(of type: UInt8, path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .other
            }
        default: return .other
        }
    }
}
