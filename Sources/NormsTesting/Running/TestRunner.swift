import NormsEngine
import NormsPolicy
import NormsSource

/// Loads a policy from a path, composed with its bases, which must lie inside the root.
public typealias PolicyLoading = @Sendable (_ path: String, _ root: PolicyRoot) throws -> Policy

/// Runs test files: loads each file and its policy (each policy once), evaluates every case and
/// measures rule coverage.
public struct TestRunner: Sendable {
    /// How policies are loaded.
    public var loadPolicy: PolicyLoading
    /// The folder a test file's `policy:` (and the policy's `extends`) may name files in; `nil`
    /// finds it for each test file (see ``PolicyRoot/discover(forPolicyAt:fallback:)``).
    public var root: PolicyRoot?

    /// - Parameters:
    ///   - root: the policy root; `nil` finds one for each test file.
    ///   - loadPolicy: how to load a policy; by default ``PolicyLoader``.
    public init(root: PolicyRoot? = nil, loadPolicy: @escaping PolicyLoading = TestRunner.defaultPolicyLoading) {
        self.root = root
        self.loadPolicy = loadPolicy
    }

    /// ``PolicyLoader`` on the path.
    public static let defaultPolicyLoading: PolicyLoading = { path, root in try PolicyLoader(root: root).load(path: path) }

    /// Runs every test file named by `paths` (see ``TestDiscovery/testFiles(in:)``); without a
    /// ``root``, each file's root falls back to the path it was found through.
    /// - Returns: the results; when no test case was found at all, the run holds a `test.no-tests` problem.
    /// - Parameter filter: the project configuration's `include` and `exclude`.
    public func run(paths: [String], filter: PathFilter = .everything) -> TestRun {
        let (found, problems) = TestDiscovery.testFiles(in: paths, filter: filter, root: root)
        var run = run(files: found.map { ($0.path, root ?? PolicyRoot.discover(forPolicyAt: $0.path, fallback: $0.foundThrough)) })
        run.problems = problems + run.problems
        if found.isEmpty && problems.isEmpty {
            let places = paths.isEmpty ? "the current folder" : paths.map { "\(quoted: $0)" }.joined(separator: ", ")
            run.problems.append(.test(.noTests, "no tests found in \(places)", at: nil,
                                      help: "write test files named *.test.yaml with 'policy:' and 'cases:'"))
        }
        return run
    }

    /// Runs the given test files, each with the ``root`` or the one found for it.
    public func run(files: [String]) -> TestRun {
        run(files: files.map { ($0, root ?? PolicyRoot.discover(forPolicyAt: $0)) })
    }

    private func run(files: [(path: String, root: PolicyRoot)]) -> TestRun {
        var policies = PolicyCache(load: loadPolicy)
        var suites: [TestRun.SuiteResult] = []
        var resultsByPolicy: [String: [CaseResult]] = [:]
        var policyOrder: [String] = []
        for (file, root) in files {
            let suite: TestSuite
            do {
                suite = try TestSuiteLoader().load(path: file)
            } catch {
                suites.append(.init(path: file, policyPath: nil, problems: error.diagnostics, results: []))
                continue
            }
            guard root.contains(suite.policyPath) else {
                let problem = Diagnostic.test(.policyOutsideRoot, "policy \(quoted: suite.policyReference.value) is outside the policy root \(quotedPath: root.path)",
                                              at: suite.policyReference.span,
                                              help: "a test file may name only a policy of its own project, below the nearest folder holding "
                                                  + "'.git' or '.norms.yaml'; choose the root with --root")
                suites.append(.init(path: file, policyPath: suite.policyPath, problems: [problem], results: []))
                continue
            }
            guard let evaluator = policies.evaluator(for: suite.policyPath, root: root) else {
                let problem = Diagnostic.test(.policyNotLoaded, "policy \(quoted: suite.policyReference.value) does not load, so no case ran",
                                              at: suite.policyReference.span,
                                              help: "the path is relative to the test file's folder: \(quoted: suite.policyPath)")
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
            policies.cachedEvaluator(for: path).map { PolicyCoverage(path: path, policy: $0.policy, results: resultsByPolicy[path] ?? []) }
        }
        return TestRun(suites: suites, problems: policies.problems, coverage: coverage)
    }
}

/// Loads each policy once and keeps its evaluator, or the problems that stopped it.
struct PolicyCache {
    let load: PolicyLoading
    private var evaluators: [String: Evaluator?] = [:]
    private var roots: [String: PolicyRoot] = [:]
    /// The diagnostics of every policy that did not load, each once.
    private(set) var problems: [Diagnostic] = []

    init(load: @escaping PolicyLoading) {
        self.load = load
    }

    /// The evaluator of the policy at `path` loaded before, if it loaded.
    func cachedEvaluator(for path: String) -> Evaluator? {
        evaluators[path] ?? nil
    }

    /// The evaluator of the policy at `path`, or `nil` when it does not load.
    mutating func evaluator(for path: String, root: PolicyRoot) -> Evaluator? {
        if let cached = evaluators[path] { return cached }
        do {
            let evaluator = Evaluator(policy: try load(path, root))
            evaluators[path] = evaluator
            return evaluator
        } catch {
            evaluators[path] = .some(nil)
            if let error = error as? any DiagnosticError {
                problems += error.diagnostics
            } else {
                problems.append(Diagnostic(code: TestDiagnosticCode.policyNotLoaded.rawValue,
                                           message: "policy \(quotedPath: path) does not load: \(error)", span: nil))
            }
            return nil
        }
    }
}
