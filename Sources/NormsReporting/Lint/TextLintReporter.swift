import NormsLint
import NormsSource

/// The text format, for people: each finding as a compiler would write it, then a summary.
///
/// ```
/// policies/acme.yaml:5:24: error: unknown key 'reply_whithin' in 'channels.email' [unknown-key]
///  5 |   email: {mode: async, reply_whithin: 1 business day}
///    |                        ^~~~~~~~~~~~~
///   help: did you mean 'reply_within'?
///
/// 1 file linted: 1 error.
/// ```
public struct TextLintReporter: LintReporter {
    /// Whether to use ANSI colour; the command line decides (a terminal, and no `NO_COLOR`).
    public var useColor: Bool
    /// Whether to end with the summary line (`--quiet` leaves it out).
    public var showsSummary: Bool

    public init(useColor: Bool = false, showsSummary: Bool = true) {
        self.useColor = useColor
        self.showsSummary = showsSummary
    }

    public func report(_ report: LintReport) -> String {
        String(decoding: utf8Report(report), as: UTF8.self)
    }

    /// The same output as ``report(_:)``, as its UTF-8 bytes: the command line writes them as they
    /// are, which spares checking the UTF-8 of a large report to make a `String` of it.
    package func utf8Report(_ report: LintReport) -> [UInt8] {
        let renderer = DiagnosticRenderer(useColor: useColor)
        // Every finding is rendered into one buffer of bytes, which becomes text once.
        var output: [UInt8] = []
        output.reserveCapacity(report.findings.count * 320)
        var file: (path: String, source: SourceFile?)?
        for finding in report.findings {
            if file?.path != finding.span.file { file = (finding.span.file, report.sources[finding.span.file]) }
            renderer.render(code: finding.ruleID, severity: finding.severity, message: finding.message, span: finding.span,
                            notes: finding.notes, help: finding.help, source: file?.source, into: &output)
        }
        if showsSummary {
            if !report.findings.isEmpty { output.append(UInt8(ascii: "\n")) }
            output += Self.summary(report).utf8
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }

    /// `2 files linted: 1 error, 2 warnings.`, or `… no problems.`; a run with problems, or with
    /// nothing to lint, says so instead of "no problems": `1 file linted: 1 path could not be read.`,
    /// `0 files linted: no policy found.`
    static func summary(_ report: LintReport) -> String {
        let count = report.files.count
        let files = count == 1 ? "1 file linted" : "\(count) files linted"
        // Counted in one pass by index (a loop over the findings would copy each one), into
        // counters by severity rather than a dictionary that hashes each finding's.
        var (errors, warnings, notes) = (0, 0, 0)
        for index in report.findings.indices {
            switch report.findings[index].severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: notes += 1
            }
        }
        let counts = [(errors, "error", "errors"), (warnings, "warning", "warnings"), (notes, "note", "notes")]
        let parts = counts.compactMap { number, singular, plural -> String? in
            guard number > 0 else { return nil }
            return "\(number) \(number == 1 ? singular : plural)"
        }
        let problems = report.problemCounts
        var clauses = parts.isEmpty ? [] : [parts.joined(separator: ", ")]
        switch problems.unreadable {
        case 0: break
        case 1: clauses.append("1 path could not be read")
        case let number: clauses.append("\(number) paths could not be read")
        }
        if problems.nothingToLint || report.files.isEmpty { clauses.append("no policy found") }
        return files + ": " + (clauses.isEmpty ? "no problems" : clauses.joined(separator: "; ")) + "."
    }
}
