import Foundation

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
        display = normalizing ? Self.normalize(path) : path
        identity = URL(fileURLWithPath: display).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The path of `reference`, written in the file at this path: relative to this file's folder.
    func resolving(_ reference: String) -> PolicyPath {
        if reference.hasPrefix("/") { return PolicyPath(reference) }
        let folder = display.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if folder.isEmpty { return PolicyPath(display.hasPrefix("/") ? "/" + reference : reference) }
        return PolicyPath(folder + "/" + reference)
    }

    /// Folds `.` and `a/..` away without touching the file system.
    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !isAbsolute { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
