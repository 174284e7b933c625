import ArgumentParser
import Foundation
import NormsLint
import NormsReporting

extension Norms {
    /// `norms lint`: validate policies in CI.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check policies for mistakes, contradictions and stale rules.",
            discussion: """
                Every problem inside a policy file is a finding: YAML syntax, unknown keys and names, \
                wrong values, and the lint rules' checks of meaning. Folders are searched for *.yaml \
                and *.yml files with a top-level 'norms:' key; policy test files (*.test.yaml) are skipped.

                Suppress a finding with '# norms:disable RULE-ID' at the end of its line, or for a whole \
                policy with 'lint: {disable: [RULE-ID], severity: {RULE-ID: warning}}'. The rules are \
                described in docs/rules.md.

                Exit codes: 0 nothing at a failing severity; 1 errors (or warnings with --strict); \
                2 a path that cannot be read.
                """)

        @Argument(help: "Policy files or folders to lint (default: the current folder).")
        var paths: [String] = []

        @Option(help: "Output format.")
        var format: LintReportFormat = .text

        @Flag(help: "Fail on warnings too, not only on errors.")
        var strict = false

        @Flag(help: "Print only the findings that fail the run: errors, and warnings with --strict.")
        var quiet = false

        @Flag(help: "Print every rule id with its default severity and summary, and exit.")
        var listRules = false

        func run() throws {
            if listRules { return Console.write(LintRuleList.text()) }
            let result = Linter(today: LintClock.today()).lint(paths: paths)
            Console.report(result.problems)
            let findings = quiet ? result.failures(strict: strict) : result.findings
            let report = LintReport(findings: findings, files: result.files,
                                    sources: format == .text ? LintReport.readSources(for: findings) : [:],
                                    toolVersion: NormsVersion.current)
            Console.write(LintOutput.reporter(format, quiet: quiet).report(report))
            switch result.exitStatus(strict: strict) {
            case .clean: return
            case .failed: throw ExitStatus.findings
            case .unreadable: throw ExitStatus.invalidInput
            }
        }
    }
}
