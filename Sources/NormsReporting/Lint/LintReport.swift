import NormsLint
import NormsSource

/// Everything a lint reporter turns into text: the findings and what it needs to describe them.
public struct LintReport: Sendable {
    /// The findings to report, sorted by file, line, column and rule id.
    public var findings: [Finding]
    /// The policy files linted, in order; a file without findings is still a passing test case
    /// (JUnit) and counts in the summary (text).
    public var files: [String]
    /// What kept the run from linting everything it was given: paths that could not be read, or
    /// no file to lint at all. A report with a problem never reads as a clean run.
    public var problems: [Diagnostic]
    /// The rules that ran, for formats that describe them (SARIF lists every one).
    public var rules: [any LintRule.Type]
    /// The text of the files findings point into, by path, for excerpts; a missing file just has none.
    public var sources: [String: SourceFile]
    /// The tool's version, for formats that record it.
    public var toolVersion: String
    /// Where the tool is documented, for SARIF's `informationUri`; left out when `nil`.
    public var informationURI: String?

    public init(
        findings: [Finding], files: [String], problems: [Diagnostic] = [], rules: [any LintRule.Type] = LintRuleRegistry.rules,
        sources: [String: SourceFile] = [:], toolVersion: String, informationURI: String? = nil
    ) {
        self.findings = findings
        self.files = files
        self.problems = problems
        self.rules = rules
        self.sources = sources
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    /// The files to report on: the linted files, then any other file a finding points into (a
    /// base policy), in path order.
    public var reportedFiles: [String] {
        var seen = Set(files)
        var extra: [String] = []
        for finding in findings where seen.insert(finding.span.file).inserted { extra.append(finding.span.file) }
        return files + extra.sorted()
    }

    /// The number of problems that are paths which could not be read, and whether no file to lint
    /// was found at all.
    public var problemCounts: (unreadable: Int, nothingToLint: Bool) {
        let nothingToLint = problems.contains { $0.code == LintResult.nothingToLintCode }
        return (problems.count - (nothingToLint ? 1 : 0), nothingToLint)
    }

    /// Reads the files findings point into, for ``sources``; a file that cannot be read is left out.
    public static func readSources(for findings: [Finding]) -> [String: SourceFile] {
        var sources: [String: SourceFile] = [:]
        var tried: Set<String> = []
        var previous: String?
        // Findings come file by file: only a change of file can name one not tried yet.
        for finding in findings where finding.span.file != previous {
            let file = finding.span.file
            previous = file
            guard tried.insert(file).inserted else { continue }
            if let source = try? SourceFile.read(path: file) { sources[file] = source }
        }
        return sources
    }
}
