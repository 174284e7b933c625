import NormsEngine
import NormsPolicy
import NormsSource

/// Which of a policy's rules the cases exercised.
///
/// A rule is covered when it is in some recipient's `rules` in the decision of some case that
/// tests the policy, whether that case passed or failed. Rules of base policies count as rules of
/// the policy that extends them.
public struct PolicyCoverage: Sendable {
    /// One rule and the cases that matched it.
    public struct RuleCoverage: Sendable {
        public var id: String
        /// Where the rule is defined.
        public var source: SourceSpan
        /// `file:line` of every case whose decision matched the rule.
        public var cases: [String]

        public var isCovered: Bool { !cases.isEmpty }
    }

    /// The policy's path, as the test files resolve it.
    public var path: String
    /// The policy's name.
    public var name: String
    /// Every rule, in policy order.
    public var rules: [RuleCoverage]

    /// Counts the rules matched by `results` (cases run against `policy`).
    public init(path: String, policy: Policy, results: [CaseResult]) {
        self.path = path
        self.name = policy.name.value
        var hits: [String: [String]] = [:]
        for result in results {
            let matched = Set(result.decision?.recipients.flatMap(\.rules) ?? [])
            for rule in matched { hits[rule, default: []].append(result.testCase.location) }
        }
        rules = policy.rules.map { RuleCoverage(id: $0.id.value, source: $0.span, cases: hits[$0.id.value] ?? []) }
    }

    public var covered: [RuleCoverage] { rules.filter(\.isCovered) }
    public var uncovered: [RuleCoverage] { rules.filter { !$0.isCovered } }

    /// The share of rules covered, 0–100; a policy without rules is fully covered.
    public var percent: Double {
        rules.isEmpty ? 100 : Double(covered.count) * 100 / Double(rules.count)
    }
}
