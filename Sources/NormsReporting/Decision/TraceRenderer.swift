import NormsEngine

/// Renders an evaluation trace for `--explain`: every rule considered, whether it held, the
/// first condition that failed, and where the rule is defined.
public struct TraceRenderer: Sendable {
    public init() {}

    /// One section for classification, then one per recipient.
    public func render(_ trace: [RuleTrace]) -> [String] {
        var lines = ["Explanation:"]
        var section: String??
        for step in trace {
            if section != .some(step.recipient) {
                section = .some(step.recipient)
                lines.append(step.recipient.map { "  for \($0):" } ?? "  classification (level rules):")
            }
            let mark = step.held ? "✓" : "✗"
            let why = step.failedCondition.map { " — \($0)" } ?? ""
            lines.append("    \(mark) \(step.rule)\(why)  [\(step.source)]")
        }
        return lines
    }
}
