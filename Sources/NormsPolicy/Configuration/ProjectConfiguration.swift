import NormsSource

/// A project's configuration for `norms lint` and `norms test`: the `.norms.yaml` (or `.norms.yml`)
/// file at its top folder, which also marks the policy root (``PolicyRoot``).
///
/// ```yaml
/// include: [policies/]                 # globs of the files to check (default: every file)
/// exclude: [node_modules/, "**/generated/*.yaml"]
/// lint:
///   format: sarif                      # the default --format
///   strict: true                       # fail on warnings too (--no-strict overrides)
///   baseline: .norms-baseline.json     # findings to leave out (--baseline overrides)
///   disable: [stale-holidays]          # rule ids never reported
///   severity: {legacy-timezone: error} # severities that replace the rules' defaults
/// test:
///   format: junit
///   min_coverage: 100
/// ```
/// Every key is optional and an empty file is a valid configuration. Patterns are relative to the
/// file's folder (see ``PathPattern``); so is `baseline`.
public struct ProjectConfiguration: Sendable {
    /// The file names looked for, in this order, in each folder.
    public static let fileNames = [".norms.yaml", ".norms.yml"]

    /// The configuration file, or `nil` for the defaults (no file found).
    public var path: String?
    /// Patterns of the files to check; empty means every file.
    public var include: [Located<String>] = []
    /// Patterns of the files and folders to leave out.
    public var exclude: [Located<String>] = []
    /// `lint:`.
    public var lint = Lint()
    /// `test:`.
    public var test = Test()

    /// The settings of `norms lint`.
    public struct Lint: Sendable {
        /// The default output format's name.
        public var format: Located<String>?
        /// Whether warnings fail the run.
        public var strict: Located<Bool>?
        /// The baseline file, relative to the configuration's folder.
        public var baseline: Located<String>?
        /// Rules disabled, and severities replaced, for every policy.
        public var settings = LintSettings()

        public init() {}
    }

    /// The settings of `norms test`.
    public struct Test: Sendable {
        /// The default output format's name.
        public var format: Located<String>?
        /// The lowest rule coverage that passes, in percent.
        public var minCoverage: Located<Double>?

        public init() {}
    }

    public init(path: String? = nil) {
        self.path = path
    }

    /// The folder the configuration's paths are relative to: the file's, or the current folder.
    public var folder: String {
        path.map(FilePaths.folder) ?? "."
    }

    /// The `include` and `exclude` patterns as a filter over paths.
    public var filter: PathFilter {
        PathFilter(base: folder, include: include.map { PathPattern($0.value) }, exclude: exclude.map { PathPattern($0.value) })
    }

    /// A path written in the configuration, taken from its folder.
    public func resolve(_ path: String) -> String {
        FilePaths.resolve(path, from: (self.path ?? "./.norms.yaml"))
    }

    /// The nearest configuration file at or above `folder`: in each folder, `.norms.yaml`, then
    /// `.norms.yml`; `nil` when no folder up to the repository's top folder (the one holding
    /// `.git`), or else the file system's root, has one: a configuration above the repository is
    /// not the project's.
    public static func find(from folder: String = ".") -> String? {
        var current = FilePaths.identity(folder)
        while true {
            let prefix = current == "/" ? "/" : current + "/"
            for name in fileNames {
                let candidate = prefix + name
                if FilePaths.exists(candidate), !FilePaths.isFolder(candidate) { return candidate }
            }
            guard current != "/", !FilePaths.exists(prefix + ".git") else { return nil }
            current = FilePaths.folder(of: current)
        }
    }
}
