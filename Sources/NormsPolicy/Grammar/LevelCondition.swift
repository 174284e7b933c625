/// A condition on a message's level: one name, a list (any of), or a comparison `">= high"`.
public enum LevelCondition: Sendable, Hashable, CustomStringConvertible {
    /// The comparison operators of `">= high"`.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">="
        case above = ">"
        case atMost = "<="
        case below = "<"
        case equal = "=="
        case notEqual = "!="
    }

    case anyOf([String])
    case compare(Comparison, String)

    /// The level names the condition refers to.
    public var levelNames: [String] {
        switch self {
        case .anyOf(let names): names
        case .compare(_, let name): [name]
        }
    }

    /// Parses a comparison such as `">= high"`; `nil` when the text starts with no operator.
    /// - Throws: ``GrammarError`` when an operator has no level after it.
    public static func parseComparison(_ text: String) throws(GrammarError) -> LevelCondition? {
        let trimmed = text.trimmingWhitespace()
        guard let comparison = longestOperatorsFirst.first(where: { trimmed.hasPrefix($0.rawValue) }) else {
            if trimmed.hasPrefix("=") { return .compare(.equal, String(trimmed.dropFirst()).trimmingWhitespace()) }
            return nil
        }
        let name = String(trimmed.dropFirst(comparison.rawValue.count)).trimmingWhitespace()
        guard !name.isEmpty else { throw .levelComparison(text) }
        return .compare(comparison, name)
    }

    /// The operators, longest first, so that ">=" is not read as ">".
    private static let longestOperatorsFirst = Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }

    /// Whether a level of rank `rank` satisfies the condition, given each level name's rank
    /// (0 is the least urgent). Unknown names never match.
    public func holds(forRank rank: Int, rankOf: (String) -> Int?) -> Bool {
        switch self {
        case .anyOf(let names):
            return names.contains { rankOf($0) == rank }
        case .compare(let comparison, let name):
            guard let other = rankOf(name) else { return false }
            switch comparison {
            case .atLeast: return rank >= other
            case .above: return rank > other
            case .atMost: return rank <= other
            case .below: return rank < other
            case .equal: return rank == other
            case .notEqual: return rank != other
            }
        }
    }

    public var description: String {
        switch self {
        case .anyOf(let names): names.count == 1 ? names[0] : "[" + names.joined(separator: ", ") + "]"
        case .compare(let comparison, let name): "\(comparison.rawValue) \(name)"
        }
    }
}
