import ArgumentParser
import NormsPolicy

/// Loads the policy a command works on, or reports why it cannot and exits with status 2.
enum PolicyFile {
    /// The policy at `path`, composed with its bases inside `root` (found from the policy's path
    /// when `nil`). Warnings (an alias such as `US/Eastern` for a time zone) are rendered to
    /// standard error and the command goes on.
    /// - Throws: ``ExitStatus/invalidInput`` after rendering every diagnostic to standard error,
    ///   when any is an error.
    static func load(_ path: String, root: PolicyRoot?) throws -> Policy {
        let (policy, diagnostics) = PolicyLoader(root: root).loadCollecting(path: path)
        guard let policy, !diagnostics.contains(where: { $0.severity == .error }) else {
            Console.report(diagnostics)
            throw ExitStatus.invalidInput
        }
        if !diagnostics.isEmpty { Console.report(diagnostics) }
        return policy
    }
}
