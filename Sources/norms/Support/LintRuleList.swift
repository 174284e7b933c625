import NormsLint

/// The listing printed by `norms lint --list-rules`: one rule per line, id, default severity and
/// summary, in id order.
enum LintRuleList {
    static func text() -> String {
        let rules = LintRuleRegistry.rules.map { $0.description }
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width + 2) + rule.defaultSeverity.rawValue.padding(toLength: 9) + rule.summary + "\n"
        }.joined()
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
