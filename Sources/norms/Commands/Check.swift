import ArgumentParser
import Foundation
import NormsEngine
import NormsPolicy
import NormsReporting
import NormsSource
import NormsYAML

extension Norms {
    /// `norms check`: does this message need an immediate reply?
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Decide how a message reaches each recipient and by when a reply is expected.",
            discussion: """
                Give the message with flags, as a YAML or JSON file, or on standard input ('-'). \
                With --batch, the input holds one JSON message per line, and exactly one line is printed \
                per input line, in input order: the decision, or the error that kept the line from being \
                evaluated, each with "line" and the message's "id" (see docs/batch.md). A summary line goes \
                to standard error. Lines are checked on --jobs threads; each line may hold up to 1 MiB, a \
                message file or standard input up to 16 MiB.
                Exit codes: 0 allowed; 1 not allowed (an enforced violation of severity error); \
                2 the policy does not load, a message names something the policy does not know, or \
                (with --batch) any line gave an error instead of a decision; 64 a malformed command line.
                """)

        @Option(name: .long, help: "The policy file.", completion: .file(extensions: ["yaml", "yml"]))
        var policy: String

        @OptionGroup(title: "Message")
        var message: MessageOptions

        @Argument(help: "A message file (YAML or JSON), or '-' for standard input; with --batch, a JSON-lines file.",
                  completion: .file())
        var messageFile: String?

        @Flag(help: "Read one JSON message per line; print one line, a decision or an error, per input line.")
        var batch = false

        @Option(help: "Output format: text or json (default: text; with --batch, json).")
        var format: CheckFormat?

        @Option(help: "With --batch, the number of threads that check lines (default: the number of cores).")
        var jobs: Int?

        @Flag(help: "Add every rule considered, whether it held, and where it is defined.")
        var explain = false

        @OptionGroup
        var root: RootOption

        func validate() throws {
            if batch && message.isGiven {
                throw ValidationError("--batch reads messages from a file or standard input; drop the message flags")
            }
            if messageFile != nil && message.isGiven {
                throw ValidationError("give the message either as a file or with flags, not both")
            }
            if let jobs, jobs < 1 || !batch {
                throw ValidationError(jobs < 1 ? "--jobs must be 1 or more" : "--jobs applies only with --batch")
            }
            if batch && explain && format == .text {
                throw ValidationError("--explain with --batch needs --format json: a text line has no room for the trace")
            }
            if messageFile == nil && !batch && !message.isGiven {
                throw ValidationError("give a message: --channel, --from and --to, or a message file, or '-' for standard input")
            }
        }

        func run() throws {
            let evaluator = Evaluator(policy: try PolicyFile.load(policy, root: root.policyRoot))
            if batch {
                let checker = BatchChecker(evaluator: evaluator, explain: explain, format: format ?? .json,
                                           jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
                let tally = try checker.run(path: messageFile ?? "-")
                if tally.errors > 0 { throw ExitStatus.invalidInput }
                if tally.notAllowed > 0 { throw ExitStatus.findings }
                return
            }
            let decision: Decision
            var source: SourceFile?
            do {
                let input: Message
                if let messageFile {
                    (input, source) = try MessageInput.read(messageFile)
                } else {
                    input = try message.message(now: Date())
                }
                decision = try evaluator.evaluate(input, trace: explain)
            } catch {
                Console.report(error, sources: source.map { [$0] } ?? [])
                throw ExitStatus.invalidInput
            }
            switch format ?? .text {
            case .text: Console.write(DecisionTextRenderer().render(decision))
            case .json:
                var output = JSONOutput(capacity: 4096)
                decision.appendPrettyJSON(to: &output)
                Console.write(String(decoding: output.bytes, as: UTF8.self) + "\n")
            }
            if !decision.allowed { throw ExitStatus.findings }
        }
    }
}
