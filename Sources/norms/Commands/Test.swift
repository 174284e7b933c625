import ArgumentParser
import NormsTesting

extension Norms {
    /// `norms test`: run policy unit tests.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run policy unit tests (*.test.yaml) and report rule coverage.",
            discussion: """
                A test file names its policy (relative to the test file) and lists cases, each a message \
                and the decision fields it expects. Folders are searched recursively; no PATH means the \
                current folder. See examples/tests/README.md for the format. A project's .norms.yaml sets \
                include and exclude patterns, the default format and the minimum coverage \
                (docs/configuration.md).
                Exit codes: 0 every case passed; 1 a case failed or coverage is below --min-coverage; \
                2 no test was found, or a test file or policy could not be used.
                """)

        @Argument(help: "Test files or folders to search for *.test.yaml (default: the current folder).", completion: .file())
        var paths: [String] = []

        @Option(help: "Output format: text, json or junit (default: the configuration's test.format, else text).")
        var format: TestFormat?

        @Flag(help: "Report, per policy, the rules no case matched and the share covered.")
        var coverage = false

        @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
            "Fail when a policy's rule coverage is below PERCENT (0-100; default: the configuration's test.min_coverage); implies --coverage.",
            valueName: "PERCENT"))
        var minCoverage: Double?

        @OptionGroup
        var config: ConfigOption

        @OptionGroup
        var root: RootOption

        func validate() throws {
            if let minCoverage, !(0...100).contains(minCoverage) {
                throw ValidationError("--min-coverage takes a percentage from 0 to 100, not \(minCoverage)")
            }
        }

        func run() throws {
            let configuration = try config.load()
            let format = self.format ?? configuration.test.format.flatMap { TestFormat(rawValue: $0.value) } ?? .text
            let minCoverage = self.minCoverage ?? configuration.test.minCoverage?.value
            let run = TestRunner(root: root.policyRoot).run(paths: paths, filter: configuration.filter)
            let options = TestReportOptions(showCoverage: coverage, minimumCoverage: minCoverage)
            Console.report(run.allProblems)
            switch format {
            case .text: Console.write(TestTextReporter().render(run, options: options))
            case .json: Console.write(TestJSONReporter().render(run, options: options))
            case .junit: Console.write(TestJUnitReporter().render(run, options: options))
            }
            let status = run.exitCode(minimumCoverage: minCoverage)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
