import ArgumentParser
import Foundation
import NormsPolicy
import NormsReporting

extension Norms {
    /// `norms doc`: the policy as the team's readable communication charter.
    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doc",
            abstract: "Render a policy as the team's communication charter.",
            discussion: """
                The charter says, in plain words, what each channel is for, the reply expected on it, \
                working hours and focus time by team and zone, holidays, what breaks through, how \
                escalation works, and every rule with its description. It describes the policy after \
                its bases are merged in.
                Exit codes: 0 written; 2 the policy does not load or the output cannot be written.
                """)

        @Argument(help: "The policy file.", completion: .file(extensions: ["yaml", "yml"]))
        var policy: String

        @Option(help: "Output format: markdown or html.")
        var format: DocFormat = .markdown

        @Option(name: [.short, .long], help: "Write the charter to this file instead of standard output.",
                completion: .file())
        var output: String?

        @OptionGroup
        var root: RootOption

        func run() throws {
            let document = CharterBuilder().build(try PolicyFile.load(policy, root: root.policyRoot))
            let text = switch format {
            case .markdown: MarkdownCharterRenderer().render(document)
            case .html: HTMLCharterRenderer().render(document)
            }
            guard let output else {
                Console.write(text)
                return
            }
            try ReportFile.write(text, to: output)
        }
    }
}

/// How `norms doc` writes the charter.
enum DocFormat: String, RawValueArgument {
    /// CommonMark with GitHub tables, for a repository or a wiki.
    case markdown
    /// One self-contained HTML page.
    case html
}
