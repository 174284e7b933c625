import Foundation
import NormsLint
import NormsSource

/// Reads and writes the baseline file of `norms lint --baseline` and `--write-baseline`.
enum LintBaselineFile {
    /// The baseline at `path`.
    /// - Throws: ``ExitStatus/invalidInput`` after reporting why it cannot be used.
    static func read(_ path: String) throws -> LintBaseline {
        do {
            return try LintBaseline.read(path: path)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
    }

    /// Records every finding at `path` and says so on standard error.
    /// - Throws: ``ExitStatus/invalidInput`` when the file cannot be written.
    static func write(_ findings: [Finding], to path: String) throws {
        do {
            try Data(LintBaseline(findings: findings).json.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Console.error("error: cannot write the baseline \(quotedPath: path): \(error.localizedDescription)")
            throw ExitStatus.invalidInput
        }
        Console.error("Wrote \(path): \(findings.count) finding\(findings.count == 1 ? "" : "s") recorded; "
                      + "'norms lint --baseline \(path)' leaves them out")
    }
}
