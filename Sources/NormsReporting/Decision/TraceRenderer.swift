import NormsEngine

/// Renders an evaluation trace for `--explain`: every rule considered, whether it held, the
/// first condition that failed with where it is written, and where the rule is defined; each
/// section ends with what the rules decided.
public struct TraceRenderer: Sendable {
    public init() {}

    /// One section for classification, then one per recipient, each ending with the rule or
    /// default that decided the level, or the recipient's fields.
    public func render(_ trace: [RuleTrace], of decision: Decision) -> [String] {
        var lines = ["Explanation:"]
        var section: String??
        func close() {
            guard let current = section else { return }
            if let id = current {
                guard let recipient = decision.recipients.first(where: { $0.id == id }) else { return }
                lines.append("    → decided by: " + DecisionTextRenderer.decidedBy(recipient.decidedBy))
            } else {
                lines.append("    → level \(decision.level) set by \(decision.levelBy)")
            }
        }
        for step in trace {
            if section != .some(step.recipient) {
                close()
                section = .some(step.recipient)
                lines.append(step.recipient.map { "  for \($0):" } ?? "  classification (level rules):")
            }
            let mark = step.held ? "✓" : "✗"
            let why = step.failure.map { " — \($0) (\($0.position))" } ?? ""
            lines.append("    \(mark) \(step.rule)\(why)  [\(step.source)]")
        }
        close()
        return lines
    }
}
