import ArgumentParser
import NormsPolicy
import NormsSource
import NormsTesting

/// Reads what `norms diff` compares, reporting why when it cannot and exiting with status 2.
enum DiffInput {
    /// The policy a reference names.
    static func load(_ reference: PolicyReference, root: PolicyRoot?) throws -> Policy {
        do {
            return try reference.load(with: PolicyLoader(root: root))
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
    }

    /// The messages under `paths`, or, with none, in the test files that test one of `policies`;
    /// every file inside `root` (`--root`; `nil` finds each file's own).
    /// - Throws: ``ExitStatus/invalidInput`` when there is no message at all.
    static func messages(_ paths: [String], policies: [String], root: PolicyRoot?) throws -> (messages: [SourcedMessage], problems: [Diagnostic]) {
        var sources = paths
        if sources.isEmpty {
            let found = DefaultMessageFinder.testFiles(testing: policies, root: root)
            Console.report(found.refused.map { refusal in
                var warning = refusal
                warning.severity = .warning
                warning.help = "it was not searched for tests of the policies; name the messages to compare with --messages"
                return warning
            })
            sources = found.files
        }
        let collected = MessageCollector(root: root).collect(sources)
        guard !collected.messages.isEmpty else {
            Console.report(collected.problems)
            let named = (policies[0] == policies[1] ? [policies[0]] : policies).map { "\(quoted: $0)" }.joined(separator: " or ")
            let hint = paths.isEmpty
                ? "no test file under the current folder tests \(named); name messages with --messages PATH"
                : "no message found in \(paths.map { "\(quoted: $0)" }.joined(separator: ", "))"
            Console.error("error: nothing to compare: \(hint)")
            throw ExitStatus.invalidInput
        }
        return collected
    }
}
