// A file of the process's own for the targets whose reader takes a path, not bytes (history-db: a SQLite file;
// inventory-csv: a CSV read as a stream): each run writes its input there. A `modules` line
// `shared ScratchFile.swift` compiles this file into the target.
import Foundation

/// `name` in a folder `prefix-PID`, in memory when the system has one (/dev/shm), created once.
func scratchFile(named name: String, in prefix: String) -> String {
    let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = (base as NSString).appendingPathComponent("\(prefix)-\(getpid())")
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return (folder as NSString).appendingPathComponent(name)
}

/// Writes the input as the file at `path` with plain POSIX calls: `FileManager.createFile` writes a temporary file,
/// renames it and looks the owner's names up (/etc/passwd, /etc/group) — per-run work that is not what is fuzzed.
func writeScratch(_ data: UnsafePointer<UInt8>, _ size: Int, to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var written = 0
    while written < size {
        let n = write(fd, data + written, size - written)
        guard n > 0 else { return false }
        written += n
    }
    return true
}
