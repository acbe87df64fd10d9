// Each side of a memory measurement in its own process: the bench re-executes itself with a mode argument, the
// child measures one phase and prints it on one tagged line, and the parent reads it back. A peak taken in the
// parent after another phase would include whatever that phase left in the heap (malloc keeps freed pages), so
// only a fresh process gives a phase its own peak.
//
// The Python baselines run the same way, as children (`runPythonBaseline`): one place starts a child, reads its
// output and times it; a baseline that is missing or fails stops the benchmark (exit 1) rather than leave it
// without a ratio.
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
    var executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    if !FileManager.default.isExecutableFile(atPath: executable) { executable = CommandLine.arguments[0] }
    let run = try runChild(executable, ["--child"] + arguments)
    var result: Measurement?
    for line in run.output.split(separator: "\n") {
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
    guard run.status == 0, let result else {
        throw ChildProcessError(arguments: arguments, status: run.status)
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
        (try? runChild("python3", ["-c", "import \(entry.module)"], quiet: true))?.status != 0
    }
    guard !missing.isEmpty else { return true }
    let packages = missing.map(\.package).joined(separator: " ")
    print("\(bench): the Python baseline needs \(packages) (PyPI); run scripts/setup --bench, or python3 -m pip install \(packages)")
    return false
}

/// What a child process printed and what it cost, measured here.
public struct ChildRun: Sendable {
    /// Its exit status.
    public var status: Int32
    /// Its standard output.
    public var output: String
    /// Wall-clock seconds from its start to its exit.
    public var seconds: Double
    /// Its CPU seconds (user + system, its own children included).
    public var cpuSeconds: Double

    /// The whitespace-separated fields of its last line that starts with `prefix` (every line when empty): where
    /// each baseline prints its figures.
    public func fields(ofLastLineStartingWith prefix: String = "") -> [Substring] {
        let line = output.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) && $0.hasPrefix(prefix) }
        return line?.split(whereSeparator: \.isWhitespace) ?? []
    }
}

/// Runs `EXECUTABLE ARGUMENTS…` (found on `PATH` when not a path), reads its standard output, and waits for it. Its
/// standard error is passed through unless `quiet`.
public func runChild(_ executable: String, _ arguments: [String], quiet: Bool = false) throws -> ChildRun {
    let process = Process()
    if executable.contains("/") {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
    } else {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
    }
    let pipe = Pipe()
    process.standardOutput = pipe
    if quiet { process.standardError = FileHandle.nullDevice }
    let cpuStart = childrenCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ChildRun(
        status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
        seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds: childrenCPUSeconds() - cpuStart)
}

/// Runs a benchmark's Python baseline, `python3 ARGUMENTS…`, and returns the run when it exited 0. When it cannot be
/// started or fails, says so with what it printed and exits 1: a benchmark prints no ratio without its baseline.
/// (Check its modules first with `pythonBaselineReady`.)
public func runPythonBaseline(_ bench: String, _ arguments: [String], quiet: Bool = false) -> ChildRun {
    let script = arguments.first { $0.hasSuffix(".py") }.map { ($0 as NSString).lastPathComponent } ?? "python3"
    do {
        let run = try runChild("python3", arguments, quiet: quiet)
        if run.status == 0 { return run }
        print("\(bench): the Python baseline failed — \(script) exited with \(run.status)")
        let output = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        if !output.isEmpty { print(output) }
    } catch {
        print("\(bench): the Python baseline could not be started — \(error)")
    }
    exit(1)
}

/// A baseline's output that is not what the benchmark expects: says so and exits 1.
public func baselineOutputUnreadable(_ bench: String, _ run: ChildRun) -> Never {
    print("\(bench): the Python baseline's output is not what was expected:\n\(run.output.trimmingCharacters(in: .whitespacesAndNewlines))")
    exit(1)
}
