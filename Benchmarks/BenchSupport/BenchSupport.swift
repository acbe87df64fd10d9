// Shared helpers for the release-mode benchmark executables: wall-clock timing, peak resident memory per phase,
// and one line of output per measurement so runs can be compared by eye or by grep.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The result of measuring one phase: its wall-clock time and the peak resident set size reached during it.
public struct Measurement: Sendable {
    /// The phase's name, as printed.
    public var name: String
    /// Wall-clock seconds.
    public var seconds: Double
    /// Peak resident set size during the phase, in bytes (`VmHWM` after a reset), or nil where unsupported.
    public var peakBytes: Int?
    /// CPU seconds (user + system) of this process during the phase — with `measureBest`, the least of its runs —
    /// or nil when not measured. Steadier than wall-clock time on a shared machine.
    public var cpuSeconds: Double?

    /// Creates a measurement taken elsewhere (e.g. reported by a baseline in another process).
    public init(name: String, seconds: Double, peakBytes: Int?, cpuSeconds: Double? = nil) {
        self.name = name
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.cpuSeconds = cpuSeconds
    }
}

/// Measures `body` once: resets the kernel's peak-RSS counter first so the peak belongs to this phase alone.
public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> (Measurement, T) {
    resetPeakMemory()
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    let end = DispatchTime.now().uptimeNanoseconds
    let m = Measurement(name: name, seconds: Double(end - start) / 1e9, peakBytes: peakMemoryBytes())
    print(m.line)
    return (m, value)
}

/// Measures `body` `runs` times and keeps the fastest run (the usual way to damp noise on a shared machine).
public func measureBest(_ name: String, runs: Int, _ body: () throws -> Void) rethrows -> Measurement {
    var best: Measurement?
    var leastCPU = Double.infinity
    for _ in 0..<max(1, runs) {
        resetPeakMemory()
        let cpuStart = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let end = DispatchTime.now().uptimeNanoseconds
        leastCPU = min(leastCPU, cpuSeconds() - cpuStart)
        let m = Measurement(name: name, seconds: Double(end - start) / 1e9, peakBytes: peakMemoryBytes())
        if best == nil || m.seconds < best!.seconds { best = m }
    }
    best!.cpuSeconds = leastCPU
    print(best!.line)
    return best!
}

extension Measurement {
    /// `name  1.234 s  peak 56.7 MiB`
    public var line: String {
        let mem = peakBytes.map { String(format: "peak %.1f MiB", Double($0) / 1_048_576) } ?? "peak n/a"
        return "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%9.4f s", seconds))  \(mem)"
    }
}

/// Prints `label: a/b = r (goal …)` and returns the ratio.
@discardableResult
public func printRatio(_ label: String, _ numerator: Measurement, _ denominator: Measurement, goal: String) -> Double {
    let r = numerator.seconds / denominator.seconds
    print("RATIO \(label): \(String(format: "%.3f", r))  (\(numerator.name) / \(denominator.name); goal \(goal))")
    return r
}

/// Resets the kernel's peak-RSS high-water mark (`VmHWM`) for this process (Linux ≥ 4.0; no-op elsewhere).
public func resetPeakMemory() {
    #if os(Linux)
    if let fd = fopen("/proc/self/clear_refs", "w") {
        fputs("5", fd)
        fclose(fd)
    }
    #endif
}

/// The process's peak resident set size since the last reset, in bytes.
public func peakMemoryBytes() -> Int? {
    #if os(Linux)
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        if let kib = Int(digits) { return kib * 1024 }
    }
    return nil
    #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)
    #endif
}

/// CPU seconds (user + system) this process has used so far. Unlike wall-clock time it does not count waiting on
/// the disk (fsync) or on other processes, so ratios of it are steadier on a shared machine.
public func cpuSeconds() -> Double { usageCPUSeconds(children: false) }

/// CPU seconds (user + system) of the child processes waited for so far (what `runChild` measures a child by).
public func childrenCPUSeconds() -> Double { usageCPUSeconds(children: true) }

/// User + system seconds from `getrusage`, of this process or of its children waited for.
private func usageCPUSeconds(children: Bool) -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
    #else
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Reads `--name value` from the command line, or `fallback`.
public func argument(_ name: String, default fallback: Int) -> Int {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: "--\(name)"), i + 1 < args.count, let v = Int(args[i + 1]) { return v }
    return fallback
}

/// True when `--flag` is on the command line.
public func flag(_ name: String) -> Bool { CommandLine.arguments.contains("--\(name)") }
