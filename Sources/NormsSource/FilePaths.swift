import Foundation

/// Path arithmetic for policy, test and message files, without touching the file system except
/// where a function says so.
package enum FilePaths {
    /// Folds `.` and `a/..` away; relative paths stay relative (a leading `..` is kept).
    package static func normalize(_ path: String) -> String {
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

    /// The folder part of a path (`.` for a bare file name).
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// `reference` as written in the file at `path`: relative to that file's folder.
    package static func resolve(_ reference: String, from path: String) -> String {
        if reference.hasPrefix("/") { return normalize(reference) }
        return normalize(folder(of: path) + "/" + reference)
    }

    /// The absolute, standardized path with symbolic links resolved: one file, one identity.
    /// For a path that does not exist (yet), the links of the folders that do are resolved, so a
    /// file about to be written through a linked folder is known by where it would land.
    package static func identity(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [Substring] = []
        while existing != "/", !exists(existing), let slash = existing.lastIndex(of: "/") {
            missing.append(existing[existing.index(after: slash)...])
            existing = folder(of: existing)
        }
        let resolved = URL(fileURLWithPath: existing).resolvingSymlinksInPath().path
        return missing.reversed().reduce(resolved) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
    }

    /// The absolute path, from the current folder for a relative one; nothing is resolved.
    package static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The absolute path with `.`, `..` and the symbolic links of its folders resolved, but not
    /// a link at the path itself: where the directory entry is, not what it points to.
    package static func location(_ path: String) -> String {
        let absolute = normalize(absolute(path))
        guard absolute != "/", let slash = absolute.lastIndex(of: "/") else { return absolute }
        let parent = identity(folder(of: absolute))
        return (parent == "/" ? "/" : parent + "/") + absolute[absolute.index(after: slash)...]
    }

    /// Whether `path` is a symbolic link itself (whatever it points to, if anything).
    package static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// `path` relative to `folder`, with `.`, `..` and the symbolic links of both folders resolved
    /// (the file's own name is kept, so a link is named as itself); `nil` when the path lies
    /// outside the folder or is the folder itself.
    package static func relative(_ path: String, to folder: String) -> String? {
        let base = identity(folder)
        let located = location(path)
        let prefix = base == "/" ? "/" : base + "/"
        guard located.hasPrefix(prefix), located.count > prefix.count else { return nil }
        return String(located.dropFirst(prefix.count))
    }

    /// Whether `path` names an existing folder.
    package static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular file below `folder` whose name satisfies `accept`, sorted by path; hidden
    /// entries (names starting with `.`, so build folders such as `.build` too) are skipped.
    package static func files(under folder: String, where accept: (String) -> Bool, filter: PathFilter = .everything) -> [String] {
        walk(folder, where: accept, filter: filter).files
    }

    /// Every regular file below `folder` whose name satisfies `accept`, sorted by path, and the
    /// folders that could not be listed (`folder` itself included), sorted too; hidden entries
    /// (names starting with `.`) are skipped.
    /// - Parameter list: the names in a folder; throws when it cannot be read. Tests pass their own.
    /// - Parameter refuse: asked about each symbolic link below `folder` that the walk would enter
    ///   or list; a link it answers with a problem is neither entered nor listed, nor read, and the
    ///   problem is in `refused`, sorted by the link's path.
    package static func walk(
        _ folder: String, where accept: (String) -> Bool, filter: PathFilter = .everything,
        list: (String) throws -> [String] = { try FileManager.default.contentsOfDirectory(atPath: $0) },
        refusing refuse: (String) -> Diagnostic? = { _ in nil }
    ) -> (files: [String], unreadableFolders: [String], refused: [Diagnostic]) {
        var found: [String] = []
        var unreadable: [String] = []
        var refused: [(path: String, problem: Diagnostic)] = []
        var pending = [folder]
        var visited: Set<String> = []
        /// Whether the entry at `path` may be entered or listed; records the problem when not.
        func admits(_ path: String) -> Bool {
            guard isSymbolicLink(path), let problem = refuse(path) else { return true }
            refused.append((path, problem))
            return false
        }
        while let current = pending.popLast() {
            // A folder reached twice (through a symbolic link) is read once, so link cycles end.
            guard visited.insert(identity(current)).inserted else { continue }
            guard let names = try? list(current) else {
                unreadable.append(current)
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = current == "." ? name : (current.hasSuffix("/") ? current + name : current + "/" + name)
                if isFolder(path) {
                    if filter.admitsFolder(path), admits(path) { pending.append(path) }
                } else if accept(name), filter.admitsFile(path), admits(path) {
                    found.append(path)
                }
            }
        }
        return (found.sorted(), unreadable.sorted(), refused.sorted { $0.path < $1.path }.map(\.problem))
    }
}

extension FilePaths {
    /// Whether anything exists at `path`.
    package static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Whether `path` is a symbolic link that never reaches a file: it leads, through other
    /// links, back to itself (or through more links than the system follows).
    package static func isSymbolicLinkLoop(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) != 0 && errno == ELOOP
    }
}

extension FilePaths {
    /// Whether a file name is a policy test suite: `*.test.yaml` or `*.test.yml`.
    package static func isTestSuite(_ name: String) -> Bool {
        name.hasSuffix(".test.yaml") || name.hasSuffix(".test.yml")
    }

    /// Whether a file name is a YAML file: `*.yaml` or `*.yml`.
    package static func isYAML(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }
}
