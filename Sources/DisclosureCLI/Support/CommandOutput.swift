import ArgumentParser
import DisclosureModel
import DisclosureValidation
import Foundation

/// What one command produced — the files it wrote, a few summary lines, its findings — printed by one rule for
/// every subcommand:
///
/// - `--format text` (default): standard output carries the result (summary lines and the files written; for
///   `check` and `demo`, whose result is the findings, the findings too); standard error carries progress, notes
///   about what was found (the organization tree) and the findings of every other command.
/// - `--format json`: standard output carries exactly one JSON object
///   `{"command", "outputs", "summary": {"errors", "warnings", "notes"}, "diagnostics": […]}`; standard error only
///   progress.
/// - Exit code: 0 when no finding is an error; 1 when one is (or when the inputs hold no report); 2 for usage and
///   I/O failures (`CLIError`).
struct CommandOutput {
    /// The subcommand's name (`rollup`).
    var command: String
    /// The files written, in order.
    var outputs: [String] = []
    /// Lines for people, printed on standard output in text mode.
    var lines: [String] = []
    /// The findings.
    var diagnostics: [Diagnostic] = []
    /// The edition used to label table places in text mode.
    var edition: Edition?
    /// True when the findings are the command's result (`check`, `demo`): printed on standard output.
    var findingsAreResult = false
    /// Print every finding one by one, not counts by id (for `check`).
    var detailed = false

    /// Prints by the rule above and exits 1 when a finding is an error.
    func emit(_ format: DiagnosticFormat) throws {
        switch format {
        case .json:
            Terminal.out(try Self.json(command: command, outputs: outputs, diagnostics: diagnostics))
        case .text:
            for line in lines { Terminal.out(line) }
            // The findings, ending with the summary line (which is printed when there are none, too).
            let text = detailed ? Output.text(diagnostics, edition: edition) : Output.brief(diagnostics)
            if findingsAreResult { Terminal.out(text) } else { Terminal.error(text) }
            for path in outputs { Terminal.out("已写入 wrote \(path)") }
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }

    /// The JSON object of `--format json` (sorted keys, stable output).
    static func json(command: String, outputs: [String], diagnostics: [Diagnostic]) throws -> String {
        struct Summary: Encodable {
            let errors: Int, warnings: Int, notes: Int
        }
        struct Document: Encodable {
            let command: String
            let outputs: [String]
            let summary: Summary
            let diagnostics: [Diagnostic]
        }
        func count(_ s: Diagnostic.Severity) -> Int { diagnostics.filter { $0.severity == s }.count }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            command: command, outputs: outputs,
            summary: Summary(errors: count(.error), warnings: count(.warning), notes: count(.note)),
            diagnostics: diagnostics)
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

/// `--format text|json`, shared by every subcommand that reports findings.
struct FindingsOptions: ParsableArguments {
    @Option(help: "输出格式 text 或 json（json：标准输出为一个 JSON 对象） — output format (json: one JSON object on standard output).")
    var format: DiagnosticFormatArgument = .text
}
