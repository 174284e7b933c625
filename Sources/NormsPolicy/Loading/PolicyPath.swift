import NormsSource

/// Where a policy file is: the path as shown to the user, and a key that identifies the file.
struct PolicyPath: Hashable {
    /// The path as shown in diagnostics and ``Policy/files``: relative paths stay relative to the
    /// working folder, `.` and `..` components are folded away.
    let display: String
    /// The absolute, standardized path with symbolic links resolved: one file, one identity.
    let identity: String

    /// - Parameter normalizing: fold `.` and `..` in the display path (`false` keeps the policy's
    ///   own path exactly as the user named it, as its nodes' spans do).
    init(_ path: String, normalizing: Bool = true) {
        display = normalizing ? FilePaths.normalize(path) : path
        identity = FilePaths.identity(display)
    }

    /// The path of `reference`, written in the file at this path: relative to this file's folder.
    func resolving(_ reference: String) -> PolicyPath {
        PolicyPath(FilePaths.resolve(reference, from: display))
    }
}
