import ArgumentParser
import NormsTesting

extension Norms {
    /// `norms test`: run policy unit tests.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run policy unit tests (*.test.yaml) and report rule coverage.",
            discussion: """
                A test file names its policy (relative to the test file) and lists cases, each a message \
                and the decision fields it expects. Folders are searched recursively; no PATH means the \
                current folder. See examples/tests/README.md for the format.
                Exit codes: 0 every case passed; 1 a case failed or coverage is below --min-coverage; \
                2 no test was found, or a test file or policy could not be used.
                """)

        @Argument(help: "Test files or folders to search for *.test.yaml (default: the current folder).")
        var paths: [String] = []

        @Option(help: "Output format: text, json or junit.")
        var format: TestFormat = .text

        @Flag(help: "Report, per policy, the rules no case matched and the share covered.")
        var coverage = false

        @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
            "Fail when a policy's rule coverage is below PERCENT (0-100); implies --coverage.", valueName: "PERCENT"))
        var minCoverage: Double?

        @OptionGroup
        var root: RootOption

        func validate() throws {
            if let minCoverage, !(0...100).contains(minCoverage) {
                throw ValidationError("--min-coverage takes a percentage from 0 to 100, not \(minCoverage)")
            }
        }

        func run() throws {
            let run = TestRunner(root: root.policyRoot).run(paths: paths)
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
