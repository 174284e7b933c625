import Foundation
import NormsLint
import NormsPolicy
import NormsSource

/// Reads and writes the baseline file of `norms lint --baseline` and `--write-baseline`.
///
/// A baseline named inside the project (the configuration's folder, else the current one) must
/// stay inside it with symbolic links resolved: a link committed in its place must not make lint
/// print a line of a file elsewhere, or overwrite one. Files are replaced atomically, so a link
/// at the baseline's own path is replaced, never written through.
enum LintBaselineFile {
    /// The code of a baseline that leads out of the project through a symbolic link.
    static let outsideProjectCode = "lint.baseline-outside-project"

    /// The baseline at `path`.
    /// - Throws: ``ExitStatus/invalidInput`` after reporting why it cannot be used.
    static func read(_ path: String, project: ProjectConfiguration) throws -> LintBaseline {
        do {
            try checkContainment(path, project: project)
            return try LintBaseline.read(path: path)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
    }

    /// Records every finding at `path` and says so on standard error.
    /// - Throws: ``ExitStatus/invalidInput`` when the file cannot be written.
    static func write(_ findings: [Finding], to path: String, project: ProjectConfiguration) throws {
        do {
            try checkContainment(path, project: project)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
        let baseline = LintBaseline(findings: findings, folder: FilePaths.folder(of: path))
        do {
            try Data(baseline.json.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("error: cannot write the baseline \(quotedPath: path): \(error.localizedDescription)")
            throw ExitStatus.invalidInput
        }
        let count = baseline.entries.count
        Console.error("Wrote \(path): \(count) finding\(count == 1 ? "" : "s") recorded; "
                      + "'norms lint --baseline \(path)' leaves them out")
    }

    /// Throws when `path` lies inside the project as written but outside it once symbolic links
    /// are resolved. A path written outside the project is the user's own choice.
    private static func checkContainment(_ path: String, project: ProjectConfiguration) throws {
        let written = FilePaths.normalize(FilePaths.absolute(path))
        let folder = FilePaths.normalize(FilePaths.absolute(project.folder))
        let root = PolicyRoot(project.folder)
        guard written.hasPrefix(folder == "/" ? "/" : folder + "/"), !root.contains(path) else { return }
        throw DiagnosticsError([Diagnostic(
            code: outsideProjectCode,
            message: "the baseline \(quotedPath: path) leads outside the project folder \(quotedPath: root.path) through a symbolic link",
            span: nil, help: "replace the link with the baseline file itself, or name a file outside the project with --baseline")])
    }
}
