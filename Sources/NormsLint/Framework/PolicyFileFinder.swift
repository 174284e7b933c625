import NormsPolicy
import Foundation
import NormsSource
import NormsYAML

/// Finds the files to lint among files and folders.
///
/// Decisions:
/// - A folder is searched recursively for `*.yaml` and `*.yml` files, in path order; folders whose
///   name starts with `.` (`.git`, `.build`) are skipped. A folder below it that cannot be read is
///   a problem, as the folder itself is.
/// - In a folder, a file is linted when it is a policy (``PolicyFileEvidence/isPolicy``) or looks
///   like one (``PolicyFileEvidence/looksLikePolicy``): a policy whose `norms:` line is misspelt is
///   reported, not skipped. Other YAML files and test suites (`*.test.yaml`, `*.test.yml`) are
///   skipped.
/// - A file named directly is linted whatever it holds, so a file that is not a policy is a
///   `not-a-policy` finding. With ``skipsNonPolicies`` (for a pre-commit hook, which passes every
///   changed YAML file), a named file is treated as one found in a folder.
/// - A symbolic link found in a folder whose target lies outside the policy root (``PolicyRoot``)
///   is neither read nor entered: it is a `policy.file-outside-root` problem, as a file named
///   through such a link is. A link that stays inside the root is followed.
/// - A path that does not exist, a symbolic link loop, and a file or folder that cannot be read are
///   problems: the run exits with status 2.
public struct PolicyFileFinder: Sendable {
    /// Whether a file named directly that is not a policy, and does not look like one, is skipped
    /// instead of linted (and reported).
    public var skipsNonPolicies: Bool
    /// The project configuration's `include` and `exclude`: an excluded folder is not entered, an
    /// excluded file (named or found) is skipped.
    public var filter: PathFilter
    /// The policy root that files named and symbolic links found in a folder must stay inside
    /// (`--root`); `nil` finds it for each path, falling back to the folder named.
    public var root: PolicyRoot?

    public init(skipsNonPolicies: Bool = false, filter: PathFilter = .everything, root: PolicyRoot? = nil) {
        self.skipsNonPolicies = skipsNonPolicies
        self.filter = filter
        self.root = root
    }

    /// What the finder found.
    public struct Selection: Sendable {
        /// The files to lint, already read (each file is read once, here), in the order found.
        public var files: [SourceFile] = []
        /// The paths that could not be read, and the symbolic links refused as leading outside the
        /// policy root.
        public var problems: [Diagnostic] = []
        /// The YAML files left out as not policies, in the order found; named files that the
        /// configuration's `exclude` leaves out are among them.
        public var skipped: [String] = []
        /// The named files that the configuration's `exclude` leaves out, in the order given.
        public var excluded: [String] = []

        /// Adds problems, each once: a path named and also found in a folder is reported once.
        mutating func add(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics where !problems.contains(diagnostic) { problems.append(diagnostic) }
        }
    }

    /// The files to lint under `paths`, and the paths that could not be read.
    public func find(_ paths: [String]) -> Selection {
        var selection = Selection()
        var seen = Set<String>()
        for path in paths {
            if FilePaths.isFolder(path) {
                let walk = PolicyRoot.walk(path, where: { Self.isYAMLFile($0) && !Self.isTestFile($0) }, filter: filter, root: root)
                selection.add(walk.refused)
                selection.add(walk.unreadableFolders.map { Self.problem("cannot read the folder '\($0)'") })
                for candidate in walk.files {
                    consider(candidate, named: false, into: &selection, seen: &seen)
                }
            } else if FilePaths.exists(path) {
                guard filter.admitsFile(path, named: true) else {
                    selection.skipped.append(path)
                    selection.excluded.append(path)
                    continue
                }
                consider(path, named: true, into: &selection, seen: &seen)
            } else if FilePaths.isSymbolicLinkLoop(path) {
                selection.add(SourceFileError(path: path, reason: .symbolicLinkLoop).diagnostics)
            } else {
                selection.add([Self.problem("no such file or folder '\(path)'")])
            }
        }
        return selection
    }

    /// Reads one file and adds it to the files to lint, or to the skipped files.
    private func consider(_ path: String, named: Bool, into selection: inout Selection, seen: inout Set<String>) {
        if named, let problem = PolicyRoot.namedFileProblem(path, root: root) { return selection.add([problem]) }
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch {
            return selection.add((error as? any DiagnosticError)?.diagnostics ?? [Self.problem("cannot read '\(path)'")])
        }
        let linted = if named && !skipsNonPolicies {
            true
        } else if named && Self.isTestFile(path) {
            false
        } else {
            PolicyFileEvidence.isPolicy(source) || PolicyFileEvidence(source).looksLikePolicy
        }
        guard linted else { return selection.skipped.append(path) }
        if seen.insert(Self.identity(of: path)).inserted { selection.files.append(source) }
    }

    // MARK: - Tests on files

    /// Whether a file name is a YAML file: `*.yaml` or `*.yml`.
    public static func isYAMLFile(_ path: String) -> Bool { FilePaths.isYAML(path) }

    /// Whether a file is a policy test suite: `*.test.yaml` or `*.test.yml`.
    public static func isTestFile(_ path: String) -> Bool { FilePaths.isTestSuite(path) }

    /// Whether a YAML file is a policy: a line starts with the top-level key `norms:`, or else its
    /// top-level mapping has a `norms` key (written in flow style, `{norms: 1, …}`).
    public static func isPolicy(_ source: SourceFile) -> Bool {
        PolicyFileEvidence.isPolicy(source)
    }

    /// A key that identifies a file however its path is written.
    static func identity(of path: String) -> String { FilePaths.identity(path) }

    // MARK: - Problems

    private static func problem(_ message: String) -> Diagnostic {
        Diagnostic(IODiagnosticCode.unreadable, message: message, span: nil, help: "check the path and its permissions")
    }
}
