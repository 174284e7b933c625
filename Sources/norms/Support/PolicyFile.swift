import ArgumentParser
import NormsPolicy

/// Loads the policy a command works on, or reports why it cannot and exits with status 2.
enum PolicyFile {
    /// The policy at `path`, composed with its bases inside `root` (found from the policy's path
    /// when `nil`).
    /// - Throws: ``ExitStatus/invalidInput`` after rendering every diagnostic to standard error.
    static func load(_ path: String, root: PolicyRoot?) throws -> Policy {
        do {
            return try PolicyLoader(root: root).load(path: path)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
    }
}
