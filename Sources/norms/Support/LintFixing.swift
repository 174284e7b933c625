import Foundation
import NormsLint
import NormsPolicy
import NormsSource

/// `norms lint --fix`: applies the findings' mechanical fixes to the files they point into.
///
/// Only the files this run linted are written (not a base they extend that was not named, or that
/// `include`/`exclude` leaves out; every file linted lies inside its policy root, as the linter
/// refuses the others unread); a symbolic link is never replaced. A fixed file keeps its permissions.
enum LintFixing {
    /// The code of a fix left unapplied because its file may not be written.
    static let skippedCode = "lint.fix-skipped"

    /// Lints the paths, applies every fix to its file in place, and says how many were applied;
    /// the caller lints again and reports what is left. A file that cannot be written is an error.
    static func fix(paths: [String], linter: Linter, configuration: ProjectConfiguration, skippingNonPolicies: Bool) throws {
        let filter = configuration.filter
        let result = linter.lint(paths: paths, skippingNonPolicies: skippingNonPolicies, allowingEmpty: true, filter: filter)
        let linted = Set(result.files.map(FilePaths.location))
        let byFile = Dictionary(grouping: result.findings.compactMap(\.fix), by: \.span.file)
        var applied = 0
        for (file, fixes) in byFile.sorted(by: { $0.key < $1.key }) {
            if let refusal = refusal(file, linted: linted, filter: filter) {
                Console.report([Diagnostic(code: skippedCode, severity: .warning, message: "\(quotedPath: file) was not fixed: \(refusal.reason)",
                                           span: nil, help: refusal.help)])
                continue
            }
            do {
                let source = try SourceFile.read(path: file)
                let fixed = LintFixer.apply(fixes, to: source.bytes)
                guard fixed.applied > 0 else { continue }
                guard LintFixer.keepsShape(source.bytes, fixed.bytes, path: file) else {
                    Console.report([Diagnostic(
                        code: skippedCode, severity: .warning,
                        message: "\(quotedPath: file) was not fixed: the fixed text would no longer read as the same YAML",
                        span: nil, help: "apply the suggestions the findings give by hand")])
                    continue
                }
                let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions]
                try Data(fixed.bytes).write(to: URL(fileURLWithPath: file), options: .atomic)
                if let permissions { try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file) }
                applied += fixed.applied
                Console.error("Fixed \(fixed.applied) problem\(fixed.applied == 1 ? "" : "s") in \(file)")
            } catch {
                Console.error("error: cannot fix \(quotedPath: file): \(error)")
                throw ExitStatus.invalidInput
            }
        }
        if applied == 0 { Console.error("Nothing to fix") }
    }

    /// Why the file at `path` may not be written, and what to do instead; `nil` when it may.
    private static func refusal(_ path: String, linted: Set<String>, filter: PathFilter) -> (reason: String, help: String)? {
        if !linted.contains(FilePaths.location(path)) {
            return ("it was not linted itself (a base of a linted policy)", "name it on the command line to fix it too")
        }
        if !filter.admitsFile(path, named: true) {
            return ("the configuration's exclude leaves it out", "fix it by hand, or take it out of 'exclude'")
        }
        if FilePaths.isSymbolicLink(path) {
            return ("it is a symbolic link", "fix the file it points to by its own path")
        }
        return nil
    }
}
