import ArgumentParser

/// The exit codes every subcommand uses.
enum ExitStatus {
    /// Done; nothing at a failing severity.
    static let success = ExitCode(0)
    /// Findings at a failing severity, failed tests, or a message that is not allowed.
    static let findings = ExitCode(1)
    /// The job could not be done: unreadable input, unknown names, a policy that does not load.
    static let invalidInput = ExitCode(2)
    /// A malformed command line (`EX_USAGE`); swift-argument-parser uses it for usage errors.
    static let usage = ExitCode(64)
}
