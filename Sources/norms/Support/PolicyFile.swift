import ArgumentParser
import NormsPolicy

/// Loads the policy a command works on, or reports why it cannot and exits with status 2.
enum PolicyFile {
    /// The policy at `path`, composed with its bases.
    /// - Throws: ``ExitStatus/invalidInput`` after rendering every diagnostic to standard error.
    static func load(_ path: String) throws -> Policy {
        do {
            return try PolicyLoader().load(path: path)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
    }
}
