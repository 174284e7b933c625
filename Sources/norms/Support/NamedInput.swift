import NormsPolicy
import NormsSource

/// A file of messages or log lines named on the command line, or `-` for standard input.
///
/// Such a file may come from a stranger's pull request as much as a policy may (a shell pattern
/// such as `examples/messages/*.yaml` expands to whatever links the pull request adds), so it obeys
/// the rule a named policy does: when a symbolic link takes it outside its own project (the
/// nearest folder above it holding `.git` or `.norms.yaml`), it is refused unread, and nothing of
/// what it leads to is shown.
enum NamedInput {
    /// Throws the `policy.file-outside-root` problem when a symbolic link takes `path` outside its
    /// own project; standard input (`-`) always passes.
    static func requireInsideProject(_ path: String) throws {
        guard path != "-", let problem = PolicyRoot.namedInputProblem(path) else { return }
        throw DiagnosticsError([problem])
    }

    /// A bounded reader of the file at `path`, or of standard input for `-`.
    static func reader(_ path: String) throws -> BoundedReader {
        if path == "-" { return BoundedReader.standardInput(label: MessageInput.standardInputLabel) }
        try requireInsideProject(path)
        return try BoundedReader(path: path)
    }
}
