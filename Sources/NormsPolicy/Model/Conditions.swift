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

    public var channel: [Located<String>]?
    public var kind: [Located<String>]?
    public var level: Located<LevelCondition>?
    public var tags: Located<TagMatch>?
    /// Words or phrases matched case-insensitively, as whole words, in `subject` and `body`.
    public var keywords: [Located<String>]?
    /// Person, team or role ids, or `external`.
    public var from: [Located<String>]?
    /// Person, team or role ids for the recipient being evaluated.
    public var to: [Located<String>]?
    public var recipientState: [Located<RecipientState>]?
    /// Where the conditions map starts.
    public var span: SourceSpan

    public init(
        channel: [Located<String>]? = nil, kind: [Located<String>]? = nil, level: Located<LevelCondition>? = nil,
        tags: Located<TagMatch>? = nil, keywords: [Located<String>]? = nil, from: [Located<String>]? = nil,
        to: [Located<String>]? = nil, recipientState: [Located<RecipientState>]? = nil, span: SourceSpan
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

    /// Whether no condition is named (an empty map always holds).
    public var isEmpty: Bool {
        channel == nil && kind == nil && level == nil && tags == nil && keywords == nil && from == nil && to == nil
            && recipientState == nil
    }
}
