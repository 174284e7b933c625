import ArgumentParser
import Foundation
import NormsLint
import NormsPolicy
import NormsReporting

extension Norms {
    /// `norms lint`: validate policies in CI.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check policies for mistakes, contradictions and stale rules.",
            discussion: """
                Every problem inside a policy file is a finding: YAML syntax, unknown keys and names, \
                wrong values, and the lint rules' checks of meaning.

                A file named on the command line is linted as a policy: one that is not (no top-level \
                'norms:' key, such as a misspelt 'nroms: 1', an empty file or another kind of YAML) is a \
                'not-a-policy' error. Folders are searched for *.yaml and *.yml files; those with a \
                top-level 'norms:' key are linted, and so are those whose top-level keys are mostly \
                policy keys ('channels', 'people', 'timezone'…) but lack 'norms:'. Other YAML files and \
                policy test files (*.test.yaml) in a folder are skipped. With --skip-non-policies, named \
                files are treated the same way, as a pre-commit hook that passes every changed YAML \
                file needs.

                Suppress a finding with '# norms:disable RULE-ID' at the end of its line, or for a whole \
                policy with 'lint: {disable: [RULE-ID], severity: {RULE-ID: warning}}'. The rules are \
                described in docs/rules.md.

                Exit codes: 0 nothing at a failing severity; 1 errors (or warnings with --strict); \
                2 a path that cannot be read (missing, unreadable, a symbolic link loop, too large), or \
                no file to lint at all (unless --allow-empty).
                """)

        @Argument(help: "Policy files or folders to lint (default: the current folder).")
        var paths: [String] = []

        @Option(help: "Output format.")
        var format: LintReportFormat = .text

        @Flag(help: "Fail on warnings too, not only on errors.")
        var strict = false

        @Flag(help: "Print only the findings that fail the run: errors, and warnings with --strict.")
        var quiet = false

        @Flag(help: "Skip named files that are not policies and do not look like one, as in folders (for pre-commit hooks).")
        var skipNonPolicies = false

        @Flag(help: "Exit 0 when the paths hold no file to lint, instead of 2.")
        var allowEmpty = false

        @OptionGroup
        var root: RootOption

        @Flag(help: "Print every rule id with its default severity and summary, and exit.")
        var listRules = false

        func run() throws {
            if listRules { return Console.write(LintRuleList.text()) }
            let result = Linter(today: LintClock.today(), loader: PolicyLoader(root: root.policyRoot))
                .lint(paths: paths, skippingNonPolicies: skipNonPolicies, allowingEmpty: allowEmpty)
            Console.report(result.problems)
            let findings = quiet ? result.failures(strict: strict) : result.findings
            let report = LintReport(findings: findings, files: result.files, problems: result.problems,
                                    sources: format == .text ? LintReport.readSources(for: findings) : [:],
                                    toolVersion: NormsVersion.current)
            let reporter = LintOutput.reporter(format, quiet: quiet)
            Console.write(reporter.report(report), color: (reporter as? TextLintReporter)?.useColor ?? false)
            switch result.exitStatus(strict: strict) {
            case .clean: return
            case .failed: throw ExitStatus.findings
            case .unreadable: throw ExitStatus.invalidInput
            }
        }
    }
}
