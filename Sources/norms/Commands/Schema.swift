import ArgumentParser
import NormsLint

extension Norms {
    /// `norms schema`: the JSON Schema of the policy format.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of the policy format, for editors.",
            discussion: """
                The schema (JSON Schema 2020-12) describes the keys and value forms of a policy file; \
                'norms lint' checks everything else. Point yaml-language-server at it with a first line \
                '# yaml-language-server: $schema=schema/norms-policy.schema.json', or save it with \
                'norms schema > norms-policy.schema.json'.
                """)

        func run() throws {
            Console.write(PolicySchema.text)
        }
    }
}
