import ArgumentParser
import NormsPolicy
import NormsTesting

extension Norms {
    /// `norms diff`: what a policy change does to real messages.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Evaluate the same messages against two versions of a policy and list what changes.",
            discussion: """
                OLD and NEW are policy files; either may be git:REV:PATH, the file at PATH (relative to \
                the current folder) as it was at revision REV, with the bases it extends read from the \
                same revision. Messages come from message files (YAML or JSON), JSON-lines files, \
                test files (*.test.yaml, every case's message) and folders holding them. Without \
                --messages, the test files under the current folder that test OLD's or NEW's file are used.
                Exit codes: 0 done (changes or not); 1 something changed and --fail-on-change was given; \
                2 a policy does not load, a message cannot be read, or there is no message.
                """)

        @Argument(help: "The old version: a policy file or git:REV:PATH.", completion: .file(extensions: ["yaml", "yml"]))
        var old: String

        @Argument(help: "The new version: a policy file or git:REV:PATH.", completion: .file(extensions: ["yaml", "yml"]))
        var new: String

        @Option(parsing: .upToNextOption, help: ArgumentHelp(
            "Message files, JSON-lines files, test files or folders (default: the test files of either policy).",
            valueName: "PATH"), completion: .file())
        var messages: [String] = []

        @Option(help: "Output format: text or json.")
        var format: DiffFormat = .text

        @Flag(help: "Exit with status 1 when any decision changes.")
        var failOnChange = false

        @OptionGroup
        var root: RootOption

        func run() throws {
            let oldReference = PolicyReference(old)
            let newReference = PolicyReference(new)
            let oldPolicy = try DiffInput.load(oldReference, root: root.policyRoot)
            let newPolicy = try DiffInput.load(newReference, root: root.policyRoot)
            let collected = try DiffInput.messages(
                messages, policies: [oldReference.workingTreePath, newReference.workingTreePath], root: root.policyRoot)
            let diff = PolicyDiffer(old: oldPolicy, new: newPolicy).diff(collected.messages)
            Console.report(collected.problems)
            switch format {
            case .text: Console.write(DiffTextReporter().render(diff))
            case .json: Console.write(DiffJSONReporter().render(diff))
            }
            if !collected.problems.isEmpty { throw ExitStatus.invalidInput }
            if failOnChange && diff.changed > 0 { throw ExitStatus.findings }
        }
    }
}
