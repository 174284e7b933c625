import NormsSource

/// The conditions of a rule's `when` or `unless`: every named condition must hold; a list
/// value holds when any of its items does.
public struct Conditions: Sendable {
    /// How `tags` match.
    public enum TagMatch: Sendable, Hashable {
        /// Any of the tags (a plain list or `{any: [...]}`).
        case any([Located<String>])
        /// All of the tags (`{all: [...]}`).
        case all([Located<String>])

        public var tags: [Located<String>] {
            switch self {
            case .any(let tags), .all(let tags): tags
            }
        }
    }

    public var channel: [Located<String>]? {
        get { storage.channel }
        set { uniqueStorage().channel = newValue }
    }
    public var kind: [Located<String>]? {
        get { storage.kind }
        set { uniqueStorage().kind = newValue }
    }
    public var level: Located<LevelCondition>? {
        get { storage.level }
        set { uniqueStorage().level = newValue }
    }
    public var tags: Located<TagMatch>? {
        get { storage.tags }
        set { uniqueStorage().tags = newValue }
    }
    /// Words or phrases matched case-insensitively, as whole words, in `subject` and `body`.
    public var keywords: [Located<String>]? {
        get { storage.keywords }
        set { uniqueStorage().keywords = newValue }
    }
    /// Person, team or role ids, or `external`.
    public var from: [Located<String>]? {
        get { storage.from }
        set { uniqueStorage().from = newValue }
    }
    /// Person, team or role ids for the recipient being evaluated.
    public var to: [Located<String>]? {
        get { storage.to }
        set { uniqueStorage().to = newValue }
    }
    public var recipientState: [Located<RecipientState>]? {
        get { storage.recipientState }
        set { uniqueStorage().recipientState = newValue }
    }
    /// Where the conditions map starts.
    public var span: SourceSpan {
        get { storage.span }
        set { uniqueStorage().span = newValue }
    }

    /// The values, shared between copies until one of them changes: most rules have a `when`,
    /// few an `unless`, and a policy's rules are copied whole into evaluators and lint checks.
    private var storage: Storage

    public init(
        channel: [Located<String>]? = nil, kind: [Located<String>]? = nil, level: Located<LevelCondition>? = nil,
        tags: Located<TagMatch>? = nil, keywords: [Located<String>]? = nil, from: [Located<String>]? = nil,
        to: [Located<String>]? = nil, recipientState: [Located<RecipientState>]? = nil, span: SourceSpan
    ) {
        storage = Storage(channel: channel, kind: kind, level: level, tags: tags, keywords: keywords, from: from, to: to,
                          recipientState: recipientState, span: span)
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Changed only through ``uniqueStorage()``, so no two values ever see each other's changes.
    private final class Storage: @unchecked Sendable {
        var channel: [Located<String>]?
        var kind: [Located<String>]?
        var level: Located<LevelCondition>?
        var tags: Located<TagMatch>?
        var keywords: [Located<String>]?
        var from: [Located<String>]?
        var to: [Located<String>]?
        var recipientState: [Located<RecipientState>]?
        var span: SourceSpan

        init(
            channel: [Located<String>]?, kind: [Located<String>]?, level: Located<LevelCondition>?, tags: Located<TagMatch>?,
            keywords: [Located<String>]?, from: [Located<String>]?, to: [Located<String>]?,
            recipientState: [Located<RecipientState>]?, span: SourceSpan
        ) {
            self.channel = channel
            self.kind = kind
            self.level = level
            self.tags = tags
            self.keywords = keywords
            self.from = from
            self.to = to
            self.recipientState = recipientState
            self.span = span
        }

        func copy() -> Storage {
            Storage(channel: channel, kind: kind, level: level, tags: tags, keywords: keywords, from: from, to: to,
                    recipientState: recipientState, span: span)
        }
    }

    /// Whether no condition is named (an empty map always holds).
    public var isEmpty: Bool {
        channel == nil && kind == nil && level == nil && tags == nil && keywords == nil && from == nil && to == nil
            && recipientState == nil
    }
}
