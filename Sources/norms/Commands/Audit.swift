import ArgumentParser
import Foundation
import NormsAudit
import NormsEngine
import NormsReporting
import NormsSource

extension Norms {
    /// `norms audit`: what would the policy have done with the messages a team really sent?
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Replay a message log against a policy: interruptions, replies in time, escalations and rules.",
            discussion: """
                A log holds one JSON message per line (with an optional "delivery" saying when each recipient \
                was notified and answered), or the lines of a decision log, or a CSV export (--map says which \
                column holds which field). Logs are read as streams, in constant memory. See docs/audit.md.
                Exit codes: 0 written, every --fail-under gate met; 1 a --fail-under gate not met; \
                2 the policy does not load, a log cannot be read, or a line gave an error (the report is still \
                written, counting it); 64 a malformed command line.
                """)

        @Option(help: "The policy file.")
        var policy: String

        @Argument(help: "Log files (JSON lines or CSV), or '-' for standard input.")
        var logs: [String]

        @Option(help: "Output format: text, json, markdown or html.")
        var format: AuditFormat = .text

        @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
        var output: String?

        @Option(help: "How to read the logs: auto (.csv files as CSV, others as JSON lines), jsonl or csv.")
        var input: AuditInputFormat = .auto

        @Option(help: ArgumentHelp("CSV columns of the fields, as FIELD=COLUMN pairs, comma-separated (default: columns named like the fields).",
                                   valueName: "FIELD=COLUMN,..."))
        var map: String?

        @Option(help: "The end of the log, RFC 3339: unanswered messages due by then count as late (default: the latest time in the log).")
        var asOf: String?

        @Option(help: ArgumentHelp("Fail (exit 1) when a share is under its minimum: compliance, protected or allowed, such as compliance=0.9.",
                                   valueName: "METRIC=SHARE,..."))
        var failUnder: String?

        @Option(help: "The number of threads that evaluate the log (default: the number of cores).")
        var jobs: Int?

        @OptionGroup
        var root: RootOption

        func validate() throws {
            if logs.isEmpty { throw ValidationError("give a log file, or '-' for standard input") }
            if logs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
            if let asOf, Timestamp.parse(asOf) == nil {
                throw ValidationError("--as-of \(quoted: asOf) is not an RFC 3339 timestamp with an offset, such as 2026-11-30T00:00:00Z")
            }
        }

        func run() throws {
            let thresholds: [AuditThreshold]
            let mapping: ColumnMapping
            do {
                thresholds = try failUnder.map(AuditThreshold.parse) ?? []
                mapping = try map.map(ColumnMapping.init(parsing:)) ?? ColumnMapping()
            } catch {
                Console.report(error.diagnostics)
                throw ExitStatus.usage
            }
            let evaluator = Evaluator(policy: try PolicyFile.load(policy, root: root.policyRoot))
            var accumulator = AuditAccumulator(policy: evaluator.policy, asOf: asOf.flatMap(Timestamp.parse)?.instant)
            let runner = AuditRunner(analyzer: LogAnalyzer(evaluator: evaluator), inputFormat: input, mapping: mapping,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let (lines, unreadable) = runner.run(paths: logs, into: &accumulator)
            let report = accumulator.report(lines: lines)
            try write(report)
            if unreadable || report.errors > 0 { throw ExitStatus.invalidInput }
            let failures = thresholds.compactMap { $0.failure(in: report) }
            for failure in failures { Console.error("audit: \(failure)") }
            if !failures.isEmpty { throw ExitStatus.findings }
        }

        private func write(_ report: AuditReport) throws {
            let text = switch format {
            case .text: AuditTextRenderer().render(report)
            case .json: report.json.pretty + "\n"
            case .markdown: AuditMarkdownRenderer().render(report)
            case .html: AuditHTMLRenderer().render(report)
            }
            guard let output else { return Console.write(text) }
            try ReportFile.write(text, to: output)
        }
    }
}
