/// Turns lint findings into the text of one output format.
///
/// A reporter is a pure function: the same report gives the same text, byte for byte, so that its
/// output can be compared with golden files.
public protocol LintReporter: Sendable {
    /// The whole output, ending in a newline.
    func report(_ report: LintReport) -> String
}

/// The output formats of `norms lint --format`.
public enum LintReportFormat: String, Sendable, Hashable, CaseIterable {
    /// `file:line:col: severity: message [rule-id]`, the source line with a caret, and a hint.
    case text
    /// An array of `{file, line, column, severity, rule, message, hint}`; with `--json-object`, a
    /// versioned object holding it.
    case json
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    case sarif
    /// JUnit XML: one test case per finding, one passing test case per clean file.
    case junit
    /// GitHub Actions workflow commands, which annotate the lines of a pull request.
    case github

    /// The reporter for this format.
    /// - Parameter useColor: whether text output may use ANSI colour (other formats never do).
    /// - Parameter jsonObject: whether JSON is the versioned object rather than the bare array.
    public func reporter(useColor: Bool = false, jsonObject: Bool = false) -> any LintReporter {
        switch self {
        case .text: TextLintReporter(useColor: useColor)
        case .json: JSONLintReporter(object: jsonObject)
        case .sarif: SARIFLintReporter()
        case .junit: JUnitLintReporter()
        case .github: GitHubActionsLintReporter()
        }
    }
}
