import ArgumentParser
import Foundation
import NormsLint
import NormsPolicy
import NormsReporting
import NormsSource

extension Norms {
    /// `norms lint`: validate policies in CI.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
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

                Suppress a finding with '# norms:disable RULE-ID' at the end of its line, \
                '# norms:disable-next-line RULE-ID' on the line before it, a region between \
                '# norms:disable RULE-ID' and '# norms:enable RULE-ID' on lines of their own, or for a whole \
                policy with 'lint: {disable: [RULE-ID], severity: {RULE-ID: warning}}'. The rules are \
                described in docs/rules.md. A project's .norms.yaml sets include and exclude patterns, the \
                default format, strictness, a baseline and rule severities for every policy \
                (docs/configuration.md).

                Exit codes: 0 nothing at a failing severity; 1 errors (or warnings with --strict); \
                2 a path that cannot be read (missing, unreadable, a symbolic link loop, too large), or \
                no file to lint at all (unless --allow-empty).
                """)

        @Argument(help: "Policy files or folders to lint, or '-' for standard input (default: the current folder).",
                  completion: .file())
        var paths: [String] = []

        @Option(help: "Output format (default: the configuration's lint.format, else text).")
        var format: LintReportFormat?

        @Flag(inversion: .prefixedNo, help: "Fail on warnings too, not only on errors (default: the configuration's lint.strict, else off).")
        var strict: Bool?

        @Flag(help: "Print only the findings that fail the run: errors, and warnings with --strict.")
        var quiet = false

        @Flag(help: "Skip named files that are not policies and do not look like one, as in folders (for pre-commit hooks).")
        var skipNonPolicies = false

        @Flag(help: "Exit 0 when the paths hold no file to lint, instead of 2.")
        var allowEmpty = false

        @Flag(help: "With --format json, print one versioned object {version, files, findings, problems, summary} instead of the bare array of findings.")
        var jsonObject = false

        @Option(help: ArgumentHelp(
            "With '-', the path standard input stands for: the file findings name, and where 'extends' is resolved from.",
            valueName: "PATH"), completion: .file(extensions: ["yaml", "yml"]))
        var stdinFilename: String?

        @Option(help: ArgumentHelp(
            "Leave out the findings recorded in this baseline file (default: the configuration's lint.baseline).",
            valueName: "FILE"), completion: .file(extensions: ["json"]))
        var baseline: String?

        @Flag(help: "Record every current finding in the baseline file (--baseline, lint.baseline, else .norms-baseline.json) and exit 0; exit 2, leaving it as it was, when a path cannot be linted.")
        var writeBaseline = false

        @Flag(help: "Apply the fixes of findings that have exactly one (a misspelt key or name, a rule id that is not kebab-case), then report what is left.")
        var fix = false

        @OptionGroup
        var config: ConfigOption

        @OptionGroup
        var root: RootOption

        @Flag(help: "Print every rule id with its default severity and summary, and exit.")
        var listRules = false

        func validate() throws {
            if paths.contains("-") && paths.count > 1 {
                throw ValidationError("'-' (standard input) must be the only path")
            }
            if stdinFilename != nil && paths != ["-"] {
                throw ValidationError("--stdin-filename applies only when the path is '-'")
            }
            if fix && paths == ["-"] {
                throw ValidationError("--fix edits files; it cannot fix standard input")
            }
            if jsonObject && format != nil && format != .json {
                throw ValidationError("--json-object applies only to --format json")
            }
        }

        func run() throws {
            if listRules { return Console.write(LintRuleList.text()) }
            let configuration = try config.load()
            let strict = self.strict ?? configuration.lint.strict?.value ?? false
            let format = self.format ?? configuration.lint.format.flatMap { LintReportFormat(rawValue: $0.value) }
                ?? (jsonObject ? .json : .text)
            var linter = Linter(today: LintClock.today(), loader: PolicyLoader(root: root.policyRoot),
                                projectSettings: configuration.lint.settings)
            if fix { try LintFixing.fix(paths: paths, linter: linter, configuration: configuration, skippingNonPolicies: skipNonPolicies) }
            // The command exits once it has reported.
            linter.leavesFilesToProcessExit = true
            var result = try lint(with: linter, configuration: configuration)
            let baselinePath = baseline ?? configuration.lint.baseline.map { configuration.resolve($0.value) }
            if writeBaseline {
                // A path that cannot be read must not wipe the baseline with an empty one.
                guard result.problems.isEmpty else {
                    Console.report(result.problems + [Diagnostic(
                        code: "lint.baseline-not-written", message: "the baseline was not written, as not every path could be linted",
                        span: nil, help: "correct the paths above and run 'norms lint --write-baseline' again")])
                    throw ExitStatus.invalidInput
                }
                return try LintBaselineFile.write(result.findings, to: baselinePath ?? LintBaseline.defaultPath, project: configuration)
            }
            if let baselinePath {
                result.findings = try LintBaselineFile.read(baselinePath, project: configuration).filter(result.findings).kept
            }
            Console.report(result.problems)
            if result.files.isEmpty, !result.excluded.isEmpty, allowEmpty {
                Console.report([Diagnostic(
                    code: "lint.all-excluded", severity: .warning,
                    message: "the configuration's 'exclude' leaves out every file given, so nothing was linted",
                    span: nil, help: "name files that 'exclude' does not match, or change 'exclude' in the configuration")])
            }
            let findings = quiet ? result.failures(strict: strict) : result.findings
            let report = LintReport(findings: findings, files: result.files, problems: result.problems,
                                    sources: format == .text ? LintReport.readSources(for: findings) : [:],
                                    toolVersion: NormsVersion.current)
            let reporter = LintOutput.reporter(format, quiet: quiet, jsonObject: jsonObject)
            if let text = reporter as? TextLintReporter {
                Console.write(utf8: text.utf8Report(report), color: text.useColor)
            } else {
                Console.write(reporter.report(report))
            }
            switch result.exitStatus(strict: strict) {
            case .clean: return
            case .failed: throw ExitStatus.findings
            case .unreadable: throw ExitStatus.invalidInput
            }
        }

        /// Lints the paths, or standard input for '-'.
        private func lint(with linter: Linter, configuration: ProjectConfiguration) throws -> LintResult {
            guard paths == ["-"] else {
                return linter.lint(paths: paths, skippingNonPolicies: skipNonPolicies, allowingEmpty: allowEmpty,
                                   filter: configuration.filter)
            }
            let label = stdinFilename ?? MessageInput.standardInputLabel
            do {
                let bytes = try BoundedReader.standardInput(label: label).readAll(maxBytes: SourceFile.defaultMaxBytes)
                return linter.lint(sources: [SourceFile(path: label, bytes: bytes)])
            } catch {
                Console.report(error)
                throw ExitStatus.invalidInput
            }
        }
    }
}
