import NormsSource

/// One norm: when its conditions hold (and its `unless` conditions do not all hold), its effects apply.
public struct NormRule: Sendable, Identifiable {
    /// How a rule's violations count.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Violations count at their severity.
        case enforce
        /// Violations are reported at `info` and never fail a check or a lint.
        case advisory
    }

    public var id: Located<String>
    public var description: String?
    /// Conditions that must all hold; `nil` means always.
    public var when: Conditions?
    /// The rule does not apply when these all hold.
    public var unless: Conditions?
    public var then: Effects
    public var mode: Located<Mode>
    /// Who answers for this rule: a person or team id.
    public var owner: Located<String>?
    /// After this date the rule is stale.
    public var expires: Located<LocalDate>?
    /// Whether this rule replaces a base policy's rule with the same id.
    public var override: Located<Bool>?
    /// Where the rule's `- id:` item starts.
    public var span: SourceSpan

    public init(
        id: Located<String>, description: String? = nil, when: Conditions? = nil, unless: Conditions? = nil, then: Effects,
        mode: Located<Mode>, owner: Located<String>? = nil, expires: Located<LocalDate>? = nil,
        override: Located<Bool>? = nil, span: SourceSpan
    ) {
        self.id = id
        self.description = description
        self.when = when
        self.unless = unless
        self.then = then
        self.mode = mode
        self.owner = owner
        self.expires = expires
        self.override = override
        self.span = span
    }
}
