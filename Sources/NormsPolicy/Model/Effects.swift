import NormsSource

/// What a rule does when it matches.
public struct Effects: Sendable {
    /// Raise the message's level to this one (never lowers it).
    public var level: Located<String>? {
        get { storage.level }
        set { uniqueStorage().level = newValue }
    }
    public var replyWithin: Located<PolicyDuration>? {
        get { storage.replyWithin }
        set { uniqueStorage().replyWithin = newValue }
    }
    /// `true`: notify now whatever the state; `false`: never push a notification.
    public var interrupt: Located<Bool>? {
        get { storage.interrupt }
        set { uniqueStorage().interrupt = newValue }
    }
    /// Recipient states this message may interrupt (`all` is expanded to every state).
    public var breaksThrough: [Located<RecipientState>]? {
        get { storage.breaksThrough }
        set { uniqueStorage().breaksThrough = newValue }
    }
    public var escalate: Escalation? {
        get { storage.escalate }
        set { uniqueStorage().escalate = newValue }
    }
    public var violation: Located<String>? {
        get { storage.violation }
        set { uniqueStorage().violation = newValue }
    }
    /// The violation's severity (default `error`).
    public var severity: Located<Severity>? {
        get { storage.severity }
        set { uniqueStorage().severity = newValue }
    }
    /// The channel to propose instead.
    public var suggest: Located<String>? {
        get { storage.suggest }
        set { uniqueStorage().suggest = newValue }
    }
    /// Where the effects map starts.
    public var span: SourceSpan {
        get { storage.span }
        set { uniqueStorage().span = newValue }
    }

    /// The values, shared between copies until one of them changes: lint checks and the
    /// evaluation plan take each rule's effects many times, and a copy of a dozen located values
    /// is a dozen reference counts.
    private var storage: Storage

    public init(
        level: Located<String>? = nil, replyWithin: Located<PolicyDuration>? = nil, interrupt: Located<Bool>? = nil,
        breaksThrough: [Located<RecipientState>]? = nil, escalate: Escalation? = nil, violation: Located<String>? = nil,
        severity: Located<Severity>? = nil, suggest: Located<String>? = nil, span: SourceSpan
    ) {
        storage = Storage(level: level, replyWithin: replyWithin, interrupt: interrupt, breaksThrough: breaksThrough, escalate: escalate,
                          violation: violation, severity: severity, suggest: suggest, span: span)
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Changed only through ``uniqueStorage()``, so no two values ever see each other's changes.
    private final class Storage: @unchecked Sendable {
        var level: Located<String>?
        var replyWithin: Located<PolicyDuration>?
        var interrupt: Located<Bool>?
        var breaksThrough: [Located<RecipientState>]?
        var escalate: Escalation?
        var violation: Located<String>?
        var severity: Located<Severity>?
        var suggest: Located<String>?
        var span: SourceSpan

        init(
            level: Located<String>?, replyWithin: Located<PolicyDuration>?, interrupt: Located<Bool>?,
            breaksThrough: [Located<RecipientState>]?, escalate: Escalation?, violation: Located<String>?,
            severity: Located<Severity>?, suggest: Located<String>?, span: SourceSpan
        ) {
            self.level = level
            self.replyWithin = replyWithin
            self.interrupt = interrupt
            self.breaksThrough = breaksThrough
            self.escalate = escalate
            self.violation = violation
            self.severity = severity
            self.suggest = suggest
            self.span = span
        }

        func copy() -> Storage {
            Storage(level: level, replyWithin: replyWithin, interrupt: interrupt, breaksThrough: breaksThrough, escalate: escalate,
                    violation: violation, severity: severity, suggest: suggest, span: span)
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
