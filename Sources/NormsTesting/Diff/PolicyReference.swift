import NormsPolicy
import NormsSource

/// A policy version named on the command line: a file, or `git:REV:PATH` — the file at `PATH`
/// (relative to the current folder) as it was at revision `REV`.
public enum PolicyReference: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case git(revision: String, path: String)

    /// Reads `git:REV:PATH`; anything else is a file path. The revision ends at the first `:`
    /// after `git:`.
    public init(_ text: String) {
        if text.hasPrefix("git:") {
            let rest = text.dropFirst(4)
            if let colon = rest.firstIndex(of: ":"), colon > rest.startIndex, rest.index(after: colon) < rest.endIndex {
                self = .git(revision: String(rest[..<colon]), path: String(rest[rest.index(after: colon)...]))
                return
            }
        }
        self = .file(text)
    }

    /// The file in the working tree this reference is a version of.
    public var workingTreePath: String {
        switch self {
        case .file(let path), .git(_, let path): path
        }
    }

    public var description: String {
        switch self {
        case .file(let path): path
        case .git(let revision, let path): "git:\(revision):\(path)"
        }
    }

    /// Loads the policy this reference names.
    /// - Throws: a ``DiagnosticError``: ``PolicyLoadError`` or, for git, a problem running git.
    public func load(with loader: PolicyLoader = PolicyLoader()) throws -> Policy {
        switch self {
        case .file(let path): try loader.load(path: path)
        case .git(let revision, let path): try GitPolicySource(revision: revision).load(path: path, loader: loader)
        }
    }
}
