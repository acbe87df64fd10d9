// Each side of a memory measurement in its own process: the bench re-executes itself with a mode argument, the
// child measures one phase and prints it on one tagged line, and the parent reads it back. A peak taken in the
// parent after another phase would include whatever that phase left in the heap (malloc keeps freed pages), so
// only a fresh process gives a phase its own peak.
import Foundation

/// The tag of the line a child prints for its measurement.
private let childTag = "CHILD-MEASUREMENT\t"

/// True when this process was started by `measureInChildProcess` (it has `--child MODE …` arguments).
public var isChildProcess: Bool { CommandLine.arguments.contains("--child") }

/// The arguments after `--child` (the mode and its operands); empty in the parent.
public var childArguments: [String] {
    guard let i = CommandLine.arguments.firstIndex(of: "--child") else { return [] }
    return Array(CommandLine.arguments[(i + 1)...])
}

/// In a child: prints `m` for the parent (and nothing else needs to be printed).
public func reportToParent(_ m: Measurement) {
    let line = "\(childTag)\(m.name)\t\(m.seconds)\t\(m.peakBytes ?? -1)\t\(m.cpuSeconds ?? -1)\n"
    FileHandle.standardOutput.write(Data(line.utf8))
}

/// Runs this executable again as `self --child ARGUMENTS…` and returns the measurement the child reported; the
/// child's other output is echoed indented. Throws when the child fails or reports nothing.
public func measureInChildProcess(_ arguments: [String]) throws -> Measurement {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    if !FileManager.default.isExecutableFile(atPath: process.executableURL?.path ?? "") {
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    }
    process.arguments = ["--child"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var result: Measurement?
    for line in output.split(separator: "\n") {
        if line.hasPrefix(childTag) {
            let fields = line.dropFirst(childTag.count).split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 4, let seconds = Double(fields[1]), let peak = Int(fields[2]), let cpu = Double(fields[3]) {
                result = Measurement(
                    name: String(fields[0]), seconds: seconds, peakBytes: peak < 0 ? nil : peak, cpuSeconds: cpu < 0 ? nil : cpu)
            }
        } else {
            print("    \(line)")
        }
    }
    guard process.terminationStatus == 0, let result else {
        throw ChildProcessError(arguments: arguments, status: process.terminationStatus)
    }
    return result
}

/// A child process that failed or reported no measurement.
public struct ChildProcessError: Error, CustomStringConvertible {
    /// The child's arguments after `--child`.
    public var arguments: [String]
    /// Its exit status.
    public var status: Int32
    /// Creates the error for a child run with `arguments` that exited with `status`.
    public init(arguments: [String], status: Int32) {
        self.arguments = arguments
        self.status = status
    }

    /// `child [read-stream …] exited with 1`
    public var description: String { "child \(arguments) exited with \(status) without a measurement" }
}

/// Whether `python3` imports every module of a benchmark's Python baseline. When one is missing, prints which PyPI
/// packages to install — `scripts/setup --bench` installs every benchmark's (`make bench` runs it) — and returns
/// false: the caller exits rather than print a ratio without its baseline.
///
/// - Parameter modules: each module as `import` names it, with the PyPI package that provides it.
public func pythonBaselineReady(_ bench: String, modules: [(module: String, package: String)]) -> Bool {
    let missing = modules.filter { entry in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(entry.module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return true }
        process.waitUntilExit()
        return process.terminationStatus != 0
    }
    guard !missing.isEmpty else { return true }
    let packages = missing.map(\.package).joined(separator: " ")
    print("\(bench): the Python baseline needs \(packages) (PyPI); run scripts/setup --bench, or python3 -m pip install \(packages)")
    return false
}
