import Foundation
import NormsSource
import NormsYAML

/// Finds the policy files to lint among files and folders.
///
/// Decisions:
/// - A folder is searched recursively for `*.yaml` and `*.yml` files, in path order; folders whose
///   name starts with `.` (`.git`, `.build`) are skipped.
/// - Test files (`*.test.yaml`, `*.test.yml`) and YAML files that are not policies — whose
///   top-level mapping has no `norms` key — are skipped, whether found in a folder or named
///   directly, so that a pre-commit hook can pass every changed YAML file.
/// - A file counts as a policy when a line starts with `norms:` — even when it does not parse, so
///   that its syntax error is reported rather than hidden — or when its top-level flow mapping
///   has a `norms` key.
/// - A path that does not exist or cannot be read is a problem: the run exits with status 2.
public struct PolicyFileFinder: Sendable {
    public init() {}

    /// The policy files under `paths`, already read (each file is read once, here), and the
    /// paths that could not be read.
    public func find(_ paths: [String]) -> (files: [SourceFile], problems: [Diagnostic]) {
        var files: [SourceFile] = []
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Self.problem("no such file or folder '\(path)'"))
                continue
            }
            let candidates = isDirectory.boolValue ? yamlFiles(in: path, problems: &problems) : [path]
            for candidate in candidates where !Self.isTestFile(candidate) {
                let source: SourceFile
                do {
                    source = try SourceFile.read(path: candidate)
                } catch {
                    problems += (error as? any DiagnosticError)?.diagnostics ?? [Self.problem("cannot read '\(candidate)'")]
                    continue
                }
                if Self.isPolicy(source), seen.insert(Self.identity(of: candidate)).inserted { files.append(source) }
            }
        }
        return (files, problems)
    }

    // MARK: - Tests on files

    /// Whether a file name is a YAML file: `*.yaml` or `*.yml`.
    public static func isYAMLFile(_ path: String) -> Bool { FilePaths.isYAML(path) }

    /// Whether a file is a policy test suite: `*.test.yaml` or `*.test.yml`.
    public static func isTestFile(_ path: String) -> Bool { FilePaths.isTestSuite(path) }

    /// Whether a YAML file is a policy: a line starts with the top-level key `norms:`, or else its
    /// top-level mapping has a `norms` key (written in flow style, `{norms: 1, …}`).
    public static func isPolicy(_ source: SourceFile) -> Bool {
        let hasNormsLine = (1...max(1, source.lineCount)).contains { number in
            guard let line = source.line(number) else { return false }
            return line.hasPrefix("norms:") || line.hasPrefix("norms :") || line.hasPrefix("\u{FEFF}norms:")
        }
        if hasNormsLine { return true }
        return (try? YAMLLoader().loadDocument(source))??.mapping?.entry("norms") != nil
    }

    /// A key that identifies a file however its path is written.
    static func identity(of path: String) -> String { FilePaths.identity(path) }

    // MARK: - Folders

    /// Every YAML file below a folder (hidden entries skipped), or a problem when it cannot be read.
    private func yamlFiles(in folder: String, problems: inout [Diagnostic]) -> [String] {
        guard (try? FileManager.default.contentsOfDirectory(atPath: folder)) != nil else {
            problems.append(Self.problem("cannot read the folder '\(folder)'"))
            return []
        }
        return FilePaths.files(under: folder, where: Self.isYAMLFile)
    }

    private static func problem(_ message: String) -> Diagnostic {
        Diagnostic(code: "io.unreadable", message: message, span: nil, help: "check the path and its permissions")
    }
}
