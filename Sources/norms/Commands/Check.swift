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
            abstract: "Decide how a message reaches each recipient and by when a reply is expected.",
            discussion: """
                Give the message with flags, as a YAML or JSON file, or on standard input ('-'). \
                With --batch, the input holds one JSON message per line and one decision is printed per line.
                Exit codes: 0 allowed; 1 not allowed (an enforced violation of severity error); \
                2 the policy does not load or a message names something the policy does not know.
                """)

        @Option(name: .long, help: "The policy file.")
        var policy: String

        @OptionGroup(title: "Message")
        var message: MessageOptions

        @Argument(help: "A message file (YAML or JSON), or '-' for standard input; with --batch, a JSON-lines file.")
        var messageFile: String?

        @Flag(help: "Read one JSON message per line and print one decision per line.")
        var batch = false

        @Option(help: "Output format: text or json.")
        var format: CheckFormat = .text

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
            if messageFile == nil && !batch && !message.isGiven {
                throw ValidationError("give a message: --channel, --from and --to, or a message file, or '-' for standard input")
            }
        }

        func run() throws {
            let evaluator = Evaluator(policy: try PolicyFile.load(policy, root: root.policyRoot))
            if batch {
                let allAllowed = try BatchChecker(evaluator: evaluator, explain: explain).run(path: messageFile ?? "-")
                if !allAllowed { throw ExitStatus.findings }
                return
            }
            let decision: Decision
            do {
                let input = try messageFile.map(MessageInput.read) ?? message.message(now: Date())
                decision = try evaluator.evaluate(input, trace: explain)
            } catch {
                Console.report(error)
                throw ExitStatus.invalidInput
            }
            switch format {
            case .text: Console.write(DecisionTextRenderer().render(decision))
            case .json: Console.write(decision.json.pretty + "\n")
            }
            if !decision.allowed { throw ExitStatus.findings }
        }
    }
}
