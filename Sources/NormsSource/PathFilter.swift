import Foundation

/// The files a project's configuration lets `norms lint` and `norms test` see: below its folder,
/// those that match an `include` pattern (any file, when there is none) and no `exclude` pattern.
///
/// An excluded folder is never entered, so `exclude: [node_modules/]` also saves the walk. A file
/// named on the command line is included by being named, but an `exclude` still applies to it, so
/// a pre-commit hook that passes every changed file respects the configuration too. Paths outside
/// the configuration's folder are not filtered.
public struct PathFilter: Sendable {
    /// The absolute folder the patterns are relative to: the configuration file's, with symbolic
    /// links resolved.
    public let base: String
    /// Patterns of the files to see; empty means every file.
    public let include: [PathPattern]
    /// Patterns of the files and folders to leave out.
    public let exclude: [PathPattern]

    public init(base: String, include: [PathPattern] = [], exclude: [PathPattern] = []) {
        self.base = FilePaths.identity(base)
        self.include = include
        self.exclude = exclude
    }

    /// A filter that lets every file through.
    public static let everything = PathFilter(base: "/")

    /// Whether a folder is walked into.
    public func admitsFolder(_ path: String) -> Bool {
        guard !exclude.isEmpty, let relative = relative(path) else { return true }
        return !exclude.contains { $0.matches(relative, isFolder: true) }
    }

    /// Whether a file is seen; `named` files (given on the command line) need not match `include`.
    public func admitsFile(_ path: String, named: Bool = false) -> Bool {
        guard !exclude.isEmpty || !include.isEmpty, let relative = relative(path) else { return true }
        if exclude.contains(where: { $0.matches(relative, isFolder: false) }) { return false }
        return named || include.isEmpty || include.contains { $0.matches(relative, isFolder: false) }
    }

    /// `path` relative to ``base``, or `nil` when it lies outside (or is the base itself); the
    /// folders' symbolic links are resolved on both sides, so a base or a path reached through a
    /// link is filtered all the same.
    func relative(_ path: String) -> String? {
        FilePaths.relative(path, to: base)
    }
}
