import ArgumentParser
import Foundation
import NormsReporting
import NormsSource

/// Picks the reporter for `norms lint` and its options.
enum LintOutput {
    /// The reporter for a format; text uses colour on a terminal without `NO_COLOR`, and leaves out
    /// its summary line with `--quiet`.
    static func reporter(_ format: LintReportFormat, quiet: Bool, jsonObject: Bool = false) -> any LintReporter {
        guard format == .text else { return format.reporter(jsonObject: jsonObject) }
        return TextLintReporter(useColor: Console.usesColor(FileHandle.standardOutput), showsSummary: !quiet)
    }
}
