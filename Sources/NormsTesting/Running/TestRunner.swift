import NormsEngine
import NormsPolicy
import NormsSource

/// Loads a policy from a path, composed with its bases.
public typealias PolicyLoading = @Sendable (String) throws -> Policy

/// Runs test files: loads each file and its policy (each policy once), evaluates every case and
/// measures rule coverage.
public struct TestRunner: Sendable {
    /// How policies are loaded.
    public var loadPolicy: PolicyLoading

    /// - Parameter loadPolicy: how to load a policy; by default ``PolicyLoader``.
    public init(loadPolicy: @escaping PolicyLoading = TestRunner.defaultPolicyLoading) {
        self.loadPolicy = loadPolicy
    }

    /// ``PolicyLoader`` on the path.
    public static let defaultPolicyLoading: PolicyLoading = { path in try PolicyLoader().load(path: path) }

    /// Runs every test file named by `paths` (see ``TestDiscovery/testFiles(in:)``).
    /// - Returns: the results; when no test case was found at all, the run holds a `test.no-tests` problem.
    public func run(paths: [String]) -> TestRun {
        let (files, problems) = TestDiscovery.testFiles(in: paths)
        var run = run(files: files)
        run.problems = problems + run.problems
        if files.isEmpty && problems.isEmpty {
            let places = paths.isEmpty ? "the current folder" : paths.map { "'\($0)'" }.joined(separator: ", ")
            run.problems.append(.test(.noTests, "no tests found in \(places)", at: nil,
                                      help: "write test files named *.test.yaml with 'policy:' and 'cases:'"))
        }
        return run
    }

    /// Runs the given test files.
    public func run(files: [String]) -> TestRun {
        var policies = PolicyCache(load: loadPolicy)
        var suites: [TestRun.SuiteResult] = []
        var resultsByPolicy: [String: [CaseResult]] = [:]
        var policyOrder: [String] = []
        for file in files {
            let suite: TestSuite
            do {
                suite = try TestSuiteLoader().load(path: file)
            } catch {
                suites.append(.init(path: file, policyPath: nil, problems: error.diagnostics, results: []))
                continue
            }
            guard let evaluator = policies.evaluator(for: suite.policyPath) else {
                let problem = Diagnostic.test(.policyNotLoaded, "policy '\(suite.policyReference.value)' does not load, so no case ran",
                                              at: suite.policyReference.span,
                                              help: "the path is relative to the test file's folder: '\(suite.policyPath)'")
                suites.append(.init(path: file, policyPath: suite.policyPath, problems: [problem], results: []))
                continue
            }
            let checker = CaseChecker(evaluator: evaluator)
            let results = suite.cases.map(checker.run)
            suites.append(.init(path: file, policyPath: suite.policyPath, problems: [], results: results))
            if resultsByPolicy[suite.policyPath] == nil { policyOrder.append(suite.policyPath) }
            resultsByPolicy[suite.policyPath, default: []] += results
        }
        let coverage = policyOrder.compactMap { path in
            policies.evaluator(for: path).map { PolicyCoverage(path: path, policy: $0.policy, results: resultsByPolicy[path] ?? []) }
        }
        return TestRun(suites: suites, problems: policies.problems, coverage: coverage)
    }
}

/// Loads each policy once and keeps its evaluator, or the problems that stopped it.
struct PolicyCache {
    let load: PolicyLoading
    private var evaluators: [String: Evaluator?] = [:]
    /// The diagnostics of every policy that did not load, each once.
    private(set) var problems: [Diagnostic] = []

    init(load: @escaping PolicyLoading) {
        self.load = load
    }

    /// The evaluator of the policy at `path`, or `nil` when it does not load.
    mutating func evaluator(for path: String) -> Evaluator? {
        if let cached = evaluators[path] { return cached }
        do {
            let evaluator = Evaluator(policy: try load(path))
            evaluators[path] = evaluator
            return evaluator
        } catch {
            evaluators[path] = .some(nil)
            if let error = error as? any DiagnosticError {
                problems += error.diagnostics
            } else {
                problems.append(Diagnostic(code: TestDiagnosticCode.policyNotLoaded.rawValue,
                                           message: "policy '\(path)' does not load: \(error)", span: nil))
            }
            return nil
        }
    }
}
