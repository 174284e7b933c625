import Foundation
import NormsLint
import NormsPolicy
import NormsSource

/// `norms lint --fix`: applies the findings' mechanical fixes to the files they point into.
enum LintFixing {
    /// Lints the paths, applies every fix to its file in place, and says how many were applied;
    /// the caller lints again and reports what is left. A file that cannot be written is an error.
    static func fix(paths: [String], linter: Linter, configuration: ProjectConfiguration, skippingNonPolicies: Bool) throws {
        let result = linter.lint(paths: paths, skippingNonPolicies: skippingNonPolicies, allowingEmpty: true,
                                 filter: configuration.filter)
        let byFile = Dictionary(grouping: result.findings.compactMap(\.fix), by: \.span.file)
        var applied = 0
        for (file, fixes) in byFile.sorted(by: { $0.key < $1.key }) {
            do {
                let source = try SourceFile.read(path: file)
                let fixed = LintFixer.apply(fixes, to: source.bytes)
                guard fixed.applied > 0 else { continue }
                try Data(fixed.bytes).write(to: URL(fileURLWithPath: file), options: .atomic)
                applied += fixed.applied
                Console.error("Fixed \(fixed.applied) problem\(fixed.applied == 1 ? "" : "s") in \(file)")
            } catch {
                Console.error("error: cannot fix \(quotedPath: file): \(error)")
                throw ExitStatus.invalidInput
            }
        }
        if applied == 0 { Console.error("Nothing to fix") }
    }
}
