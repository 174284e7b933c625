import NormsSource

/// The folder that a policy's `extends`, and a test file's `policy:`, may name files in.
///
/// A policy may come from a stranger's pull request, and CI prints what it loads into logs and
/// code-scanning reports; so a policy can reach only the files of its own project:
/// - the root is the nearest folder at or above the policy's folder that holds `.git` or a
///   project configuration (`.norms.yaml`, `.norms.yml`); without one, the folder named on the
///   command line (or the policy's own folder); `--root` sets it outright;
/// - a path is inside when, with `.`, `..` and symbolic links resolved, it lies below the root.
///   So an absolute path, a `..` that climbs out, and a link that points out are all outside.
public struct PolicyRoot: Sendable, Hashable, CustomStringConvertible {
    /// The absolute path of the root folder, with symbolic links resolved.
    public let path: String

    /// The root at `folder` (relative paths are taken from the current folder).
    public init(_ folder: String) {
        path = FilePaths.identity(folder)
    }

    /// The files whose presence marks a project's top folder.
    public static let markers = [".git", ".norms.yaml", ".norms.yml"]

    /// The root of the policy at `policyPath`: the nearest folder at or above it holding one of
    /// the ``markers``; else `fallback`; else the policy's own folder.
    ///
    /// The folders are climbed as the path is written, not where its symbolic links lead: a
    /// policy reached through a link out of a project has that project's root, so what lies
    /// behind the link is outside. A folder that is itself a symbolic link marks no root, whatever
    /// its target holds: otherwise a link committed into a project, leading to another checkout
    /// on the same machine, would make that checkout a root of its own and be read.
    /// - Parameter fallback: the path named on the command line that the policy was found
    ///   through: a folder, or a file whose folder is then taken.
    public static func discover(forPolicyAt policyPath: String, fallback: String? = nil) -> PolicyRoot {
        let start = FilePaths.normalize(FilePaths.absolute(FilePaths.folder(of: policyPath)))
        var folder = start
        while true {
            if !FilePaths.isSymbolicLink(folder),
               markers.contains(where: { FilePaths.exists(folder + (folder == "/" ? "" : "/") + $0) }) {
                return PolicyRoot(folder)
            }
            guard folder != "/" else { break }
            folder = FilePaths.folder(of: folder)
        }
        guard let fallback else { return PolicyRoot(start) }
        return PolicyRoot(FilePaths.isFolder(fallback) ? fallback : FilePaths.folder(of: fallback))
    }

    /// Whether `path` lies inside the root, once `.`, `..` and symbolic links are resolved.
    public func contains(_ path: String) -> Bool {
        let resolved = FilePaths.identity(path)
        return self.path == "/" || resolved.hasPrefix(self.path + "/")
    }

    /// The error for a file named on the command line, or a file or folder found in a folder walk
    /// (``walk(_:where:filter:root:)``), that lies outside the policy root: the root `root`
    /// (`--root`), else the one ``discover(forPolicyAt:fallback:)`` finds for it, which only a
    /// symbolic link can take a path out of. `nil` when the path stays inside. Such a path is
    /// refused before it is read, so nothing of what it leads to is shown.
    public static func namedFileProblem(_ path: String, root: PolicyRoot? = nil) -> Diagnostic? {
        let root = root ?? discover(forPolicyAt: path)
        guard FilePaths.exists(path), !root.contains(path) else { return nil }
        let written = FilePaths.normalize(FilePaths.absolute(path))
        if !written.hasPrefix(root.path + "/") && !FilePaths.isSymbolicLink(path) {
            return Diagnostic(code: PolicyDiagnosticCode.fileOutsideRoot.rawValue,
                              message: "\(quotedPath: path) lies outside the policy root \(quotedPath: root.path)",
                              span: nil,
                              help: "name only files inside the policy root, or set --root to a folder that holds them")
        }
        return Diagnostic(code: PolicyDiagnosticCode.fileOutsideRoot.rawValue,
                          message: "\(quotedPath: path) leads outside the policy root \(quotedPath: root.path)",
                          span: nil,
                          help: "a symbolic link in a project may not lead outside it; copy what it names into the project, "
                              + "or leave the link out with 'exclude' in .norms.yaml")
    }

    /// ``namedFileProblem(_:root:)`` for a file of messages or log lines named on the command
    /// line: refused by the same rule, with the help to name the file by its own path, from
    /// wherever it lies.
    package static func namedInputProblem(_ path: String) -> Diagnostic? {
        guard var problem = namedFileProblem(path) else { return nil }
        problem.help = "a symbolic link in a project may not lead outside it; name the file by its own path instead"
        return problem
    }

    public var description: String { path }
}
