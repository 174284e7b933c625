import NormsSource

/// What a rule does when it matches.
public struct Effects: Sendable {
    /// Raise the message's level to this one (never lowers it).
    public var level: Located<String>? {
        get { value { if case .level(let value) = $0 { value } else { nil } } }
        set { set(.level, to: newValue.map(Effect.level)) }
    }
    public var replyWithin: Located<PolicyDuration>? {
        get { value { if case .replyWithin(let value) = $0 { value } else { nil } } }
        set { set(.replyWithin, to: newValue.map(Effect.replyWithin)) }
    }
    /// `true`: notify now whatever the state; `false`: never push a notification.
    public var interrupt: Located<Bool>? {
        get { value { if case .interrupt(let value) = $0 { value } else { nil } } }
        set { set(.interrupt, to: newValue.map(Effect.interrupt)) }
    }
    /// Recipient states this message may interrupt (`all` is expanded to every state).
    public var breaksThrough: [Located<RecipientState>]? {
        get { value { if case .breaksThrough(let value) = $0 { value } else { nil } } }
        set { set(.breaksThrough, to: newValue.map(Effect.breaksThrough)) }
    }
    public var escalate: Escalation? {
        get { value { if case .escalate(let value) = $0 { value } else { nil } } }
        set { set(.escalate, to: newValue.map(Effect.escalate)) }
    }
    public var violation: Located<String>? {
        get { value { if case .violation(let value) = $0 { value } else { nil } } }
        set { set(.violation, to: newValue.map(Effect.violation)) }
    }
    /// The violation's severity (default `error`).
    public var severity: Located<Severity>? {
        get { value { if case .severity(let value) = $0 { value } else { nil } } }
        set { set(.severity, to: newValue.map(Effect.severity)) }
    }
    /// The channel to propose instead.
    public var suggest: Located<String>? {
        get { value { if case .suggest(let value) = $0 { value } else { nil } } }
        set { set(.suggest, to: newValue.map(Effect.suggest)) }
    }
    /// Where the effects map starts.
    public var span: SourceSpan {
        get { storage.span }
        set { uniqueStorage().span = newValue }
    }

    /// The effects the rule has, shared between copies until one of them changes: lint checks and
    /// the evaluation plan take each rule's effects many times, and a copy of a dozen located
    /// values is a dozen reference counts. Only the effects given are kept, in a list of exactly
    /// their number: most rules have one or two of the eight, and a policy of thousands of rules
    /// would otherwise keep room for all eight in every rule.
    private var storage: Storage

    public init(
        level: Located<String>? = nil, replyWithin: Located<PolicyDuration>? = nil, interrupt: Located<Bool>? = nil,
        breaksThrough: [Located<RecipientState>]? = nil, escalate: Escalation? = nil, violation: Located<String>? = nil,
        severity: Located<Severity>? = nil, suggest: Located<String>? = nil, span: SourceSpan
    ) {
        var effects: [Effect] = []
        // Counted without an array of flags, which would be one more allocation for every rule.
        var given = 0
        if level != nil { given += 1 }
        if replyWithin != nil { given += 1 }
        if interrupt != nil { given += 1 }
        if breaksThrough != nil { given += 1 }
        if escalate != nil { given += 1 }
        if violation != nil { given += 1 }
        if severity != nil { given += 1 }
        if suggest != nil { given += 1 }
        effects.reserveCapacity(given)
        if let level { effects.append(.level(level)) }
        if let replyWithin { effects.append(.replyWithin(replyWithin)) }
        if let interrupt { effects.append(.interrupt(interrupt)) }
        if let breaksThrough { effects.append(.breaksThrough(breaksThrough)) }
        if let escalate { effects.append(.escalate(escalate)) }
        if let violation { effects.append(.violation(violation)) }
        if let severity { effects.append(.severity(severity)) }
        if let suggest { effects.append(.suggest(suggest)) }
        storage = Storage(effects: effects, span: span)
    }

    /// The effects the rule has, one of each kind at most: for a reader that needs most of them,
    /// where each getter above searches the list again.
    package var list: [Effect] { storage.effects }

    /// The value `extract` finds in one of the effects, when the rule has that effect.
    private func value<Value>(_ extract: (Effect) -> Value?) -> Value? {
        for effect in storage.effects {
            if let value = extract(effect) { return value }
        }
        return nil
    }

    /// Sets, replaces or (with `nil`) removes the effect of `kind`.
    private mutating func set(_ kind: Effect.Kind, to effect: Effect?) {
        let storage = uniqueStorage()
        let index = storage.effects.firstIndex { $0.kind == kind }
        switch (index, effect) {
        case (let index?, let effect?): storage.effects[index] = effect
        case (let index?, nil): storage.effects.remove(at: index)
        case (nil, let effect?): storage.effects.append(effect)
        case (nil, nil): break
        }
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(effects: storage.effects, span: storage.span) }
        return storage
    }

    /// One effect with its value.
    package enum Effect: Sendable {
        case level(Located<String>)
        case replyWithin(Located<PolicyDuration>)
        case interrupt(Located<Bool>)
        case breaksThrough([Located<RecipientState>])
        case escalate(Escalation)
        case violation(Located<String>)
        case severity(Located<Severity>)
        case suggest(Located<String>)

        enum Kind {
            case level, replyWithin, interrupt, breaksThrough, escalate, violation, severity, suggest
        }

        var kind: Kind {
            switch self {
            case .level: .level
            case .replyWithin: .replyWithin
            case .interrupt: .interrupt
            case .breaksThrough: .breaksThrough
            case .escalate: .escalate
            case .violation: .violation
            case .severity: .severity
            case .suggest: .suggest
            }
        }
    }

    /// Changed only through ``uniqueStorage()``, so no two values ever see each other's changes.
    private final class Storage: @unchecked Sendable {
        var effects: [Effect]
        var span: SourceSpan

        init(effects: [Effect], span: SourceSpan) {
            self.effects = effects
            self.span = span
        }
    }
}

/// What to do when no reply came in time.
public struct Escalation: Sendable {
    /// Whom to escalate to.
    public enum Target: Sendable, Hashable {
        /// The recipient's `backup` (person → home team).
        case backup
        case person(String)
    }

    public var after: Located<PolicyDuration> {
        get { storage.after }
        set { uniqueStorage().after = newValue }
    }
    public var via: Located<String> {
        get { storage.via }
        set { uniqueStorage().via = newValue }
    }
    public var to: Located<Target> {
        get { storage.to }
        set { uniqueStorage().to = newValue }
    }
    public var span: SourceSpan {
        get { storage.span }
        set { uniqueStorage().span = newValue }
    }

    /// The values, shared between copies until one of them changes: few rules escalate, and an
    /// escalation kept in place would take as much room in every rule's effects as in those.
    private var storage: Storage

    public init(after: Located<PolicyDuration>, via: Located<String>, to: Located<Target>, span: SourceSpan) {
        storage = Storage(after: after, via: via, to: to, span: span)
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(after: after, via: via, to: to, span: span) }
        return storage
    }

    /// Changed only through ``uniqueStorage()``, so no two values ever see each other's changes.
    private final class Storage: @unchecked Sendable {
        var after: Located<PolicyDuration>
        var via: Located<String>
        var to: Located<Target>
        var span: SourceSpan

        init(after: Located<PolicyDuration>, via: Located<String>, to: Located<Target>, span: SourceSpan) {
            self.after = after
            self.via = via
            self.to = to
            self.span = span
        }
    }
}
