/// The groups lint rules are listed and documented in.
public enum LintCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The file is YAML, and every key and value fits the policy format.
    case structure
    /// Every name a policy uses is defined and consistent.
    case references
    /// Working hours, focus blocks and availability.
    case schedules
    /// Rules that can never apply, never matter, or contradict themselves.
    case rules
    /// Channel settings and reply expectations.
    case channels
    /// Upkeep: stale rules, ownership, lint settings.
    case hygiene

    /// The title used in documentation: `Structure`, `References`….
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: LintCategory, rhs: LintCategory) -> Bool { lhs.rank < rhs.rank }
}
