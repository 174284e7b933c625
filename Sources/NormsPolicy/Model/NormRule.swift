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

    public var id: Located<String> {
        get { storage.id }
        set { uniqueStorage().id = newValue }
    }
    public var description: String? {
        get { storage.seldom?.values.description }
        set { uniqueStorage().changeSeldom { $0.description = newValue } }
    }
    /// Conditions that must all hold; `nil` means always.
    public var when: Conditions? {
        get { storage.when }
        set { uniqueStorage().when = newValue }
    }
    /// The rule does not apply when these all hold.
    public var unless: Conditions? {
        get { storage.unless }
        set { uniqueStorage().unless = newValue }
    }
    public var then: Effects {
        get { storage.then }
        set { uniqueStorage().then = newValue }
    }
    public var mode: Located<Mode> {
        get { storage.mode }
        set { uniqueStorage().mode = newValue }
    }
    /// Who answers for this rule: a person or team id.
    public var owner: Located<String>? {
        get { storage.seldom?.values.owner }
        set { uniqueStorage().changeSeldom { $0.owner = newValue } }
    }
    /// After this date the rule is stale.
    public var expires: Located<LocalDate>? {
        get { storage.seldom?.values.expires }
        set { uniqueStorage().changeSeldom { $0.expires = newValue } }
    }
    /// Whether this rule replaces a base policy's rule with the same id.
    public var override: Located<Bool>? {
        get { storage.seldom?.values.override }
        set { uniqueStorage().changeSeldom { $0.override = newValue } }
    }
    /// Where the rule's `- id:` item starts.
    public var span: SourceSpan {
        get { storage.span }
        set { uniqueStorage().span = newValue }
    }

    /// The rule's values, shared between copies until one of them changes: a rule is large, and
    /// policies of thousands of rules are copied into arrays, evaluators and lint checks whole.
    private var storage: Storage

    public init(
        id: Located<String>, description: String? = nil, when: Conditions? = nil, unless: Conditions? = nil, then: Effects,
        mode: Located<Mode>, owner: Located<String>? = nil, expires: Located<LocalDate>? = nil,
        override: Located<Bool>? = nil, span: SourceSpan
    ) {
        storage = Storage(id: id, description: description, when: when, unless: unless, then: then, mode: mode, owner: owner,
                          expires: expires, override: override, span: span)
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Mutated only through ``uniqueStorage()``, so no two rules ever see a change of each other's.
    private final class Storage: @unchecked Sendable {
        var id: Located<String>
        var when: Conditions?
        var unless: Conditions?
        var then: Effects
        var mode: Located<Mode>
        var span: SourceSpan
        /// The values few rules have, apart, so that a rule without any holds one word for them
        /// rather than room for all four.
        private(set) var seldom: SeldomValues.Box?

        init(
            id: Located<String>, description: String?, when: Conditions?, unless: Conditions?, then: Effects,
            mode: Located<Mode>, owner: Located<String>?, expires: Located<LocalDate>?, override: Located<Bool>?,
            span: SourceSpan
        ) {
            self.id = id
            self.when = when
            self.unless = unless
            self.then = then
            self.mode = mode
            self.span = span
            // Most rules have none of them: no box, and no struct made only to find that out.
            if description == nil, owner == nil, expires == nil, override == nil {
                seldom = nil
            } else {
                seldom = SeldomValues(description: description, owner: owner, expires: expires, override: override).boxed
            }
        }

        private init(copying other: Storage) {
            id = other.id
            when = other.when
            unless = other.unless
            then = other.then
            mode = other.mode
            span = other.span
            seldom = other.seldom
        }

        func copy() -> Storage {
            Storage(copying: self)
        }

        func changeSeldom(_ change: (inout SeldomValues) -> Void) {
            var values = seldom?.values ?? SeldomValues()
            change(&values)
            seldom = values.boxed
        }
    }

    private struct SeldomValues: Sendable {
        var description: String?
        var owner: Located<String>?
        var expires: Located<LocalDate>?
        var override: Located<Bool>?

        /// The values in a box of their own, which is never changed once made; `nil` when there is none.
        var boxed: Box? {
            description == nil && owner == nil && expires == nil && override == nil ? nil : Box(values: self)
        }

        final class Box: Sendable {
            let values: SeldomValues

            init(values: SeldomValues) {
                self.values = values
            }
        }
    }
}
