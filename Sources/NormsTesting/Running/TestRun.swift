import NormsEngine
import NormsSource

/// Everything `norms test` found: each test file's results, the problems that stopped files from
/// running, and rule coverage per policy.
public struct TestRun: Sendable {
    /// One test file's outcome.
    public struct SuiteResult: Sendable {
        /// The test file.
        public var path: String
        /// The policy it tests, resolved against the test file's folder; `nil` when the file did not load.
        public var policyPath: String?
        /// Why the file did not run (unreadable, malformed, its policy does not load); empty when it ran.
        public var problems: [Diagnostic]
        /// The cases' results, in file order.
        public var results: [CaseResult]

        public init(path: String, policyPath: String?, problems: [Diagnostic], results: [CaseResult]) {
            self.path = path
            self.policyPath = policyPath
            self.problems = problems
            self.results = results
        }

        public var failed: Int { results.count { !$0.passed } }
    }

    public var suites: [SuiteResult]
    /// Problems of the run itself (a path that does not exist, no tests at all) and of policies
    /// that do not load, each reported once.
    public var problems: [Diagnostic]
    /// Rule coverage of every policy that loaded, in the order first tested.
    public var coverage: [PolicyCoverage]

    public init(suites: [SuiteResult], problems: [Diagnostic], coverage: [PolicyCoverage]) {
        self.suites = suites
        self.problems = problems
        self.coverage = coverage
    }

    // MARK: - Totals

    public var cases: [CaseResult] { suites.flatMap(\.results) }
    public var passedCount: Int { cases.count(where: \.passed) }
    public var failedCount: Int { cases.count { !$0.passed } }
    /// Every problem, run-level first, then per file.
    public var allProblems: [Diagnostic] { problems + suites.flatMap(\.problems) }

    /// The policies whose coverage is below `minimum` percent.
    public func belowCoverage(_ minimum: Double) -> [PolicyCoverage] {
        coverage.filter { $0.percent < minimum }
    }

    /// The exit status: 2 when a file or policy could not be used or no test was found, 1 when a
    /// case failed or a policy's coverage is below `minimumCoverage`, else 0.
    public func exitCode(minimumCoverage: Double? = nil) -> Int32 {
        if !allProblems.isEmpty { return 2 }
        if failedCount > 0 { return 1 }
        if let minimumCoverage, !belowCoverage(minimumCoverage).isEmpty { return 1 }
        return 0
    }
}
