import NormsSource

/// The outcome of linting: the findings, the files linted, and the paths that could not be read.
public struct LintResult: Sendable {
    /// Every finding, after suppressions and the policies' severity settings, sorted by file,
    /// line, column and rule id.
    public var findings: [Finding]
    /// The policy files linted, in the order given (folders expanded in path order).
    public var files: [String]
    /// Paths that could not be read (missing, unreadable, a symbolic link loop, too large), or
    /// that held nothing to lint: the job could not be done for them.
    public var problems: [Diagnostic]
    /// YAML files left out because they are not policies, in the order found.
    public var skipped: [String]
    /// Files named on the command line that the configuration's `exclude` leaves out.
    public var excluded: [String] = []

    public init(findings: [Finding] = [], files: [String] = [], problems: [Diagnostic] = [], skipped: [String] = []) {
        self.findings = findings
        self.files = files
        self.problems = problems
        self.skipped = skipped
    }

    /// The code of the problem of a run that found no file to lint.
    public static let nothingToLintCode = "lint.no-policy"

    /// The lowest severity that fails a run: `error`, or `warning` with `--strict`.
    public static func failingSeverity(strict: Bool) -> Severity {
        strict ? .warning : .error
    }

    /// The findings at a failing severity.
    public func failures(strict: Bool) -> [Finding] {
        let threshold = Self.failingSeverity(strict: strict)
        return findings.filter { $0.severity >= threshold }
    }

    /// The exit status of `norms lint`, most serious first:
    /// - ``LintExitStatus/unreadable`` (2) when a path could not be read, or nothing was linted;
    /// - ``LintExitStatus/failed`` (1) when a finding is an error (or a warning, with `strict`);
    /// - ``LintExitStatus/clean`` (0) otherwise.
    public func exitStatus(strict: Bool) -> LintExitStatus {
        if !problems.isEmpty { return .unreadable }
        return failures(strict: strict).isEmpty ? .clean : .failed
    }
}

/// How a lint run ends, as a process exit code.
public enum LintExitStatus: Int32, Sendable, Hashable, CaseIterable {
    /// Nothing at a failing severity.
    case clean = 0
    /// Findings at a failing severity.
    case failed = 1
    /// A path could not be read, or there was no file to lint.
    case unreadable = 2
}
