import NormsSource

/// Why a rule did not hold, as a trace records it: the first condition that failed, what it
/// expects, what the message or recipient has, and where the condition is written.
///
/// Built only when a tracer is present; ``description`` renders it for people.
public struct ConditionFailure: Sendable, Hashable, CustomStringConvertible {
    /// A condition a rule can name, or `unless` when the rule's `unless` held as a whole.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case channel, kind, level, tags, keywords, from, to
        case recipientState = "recipient_state"
        case unless
    }

    public var key: Key
    /// What the condition accepts, as written: the listed values, the level condition, or for
    /// `unless` the conditions it names.
    public var expected: [String]
    /// What the message or recipient has: the channel, kind, level, sender, recipient or state;
    /// `nil` when there is none (a message without a kind, classification without a recipient)
    /// or when the condition looks at text or several values (`tags`, `keywords`, `unless`).
    public var actual: String?
    /// Where the condition is written: its first value, or the conditions block.
    public var position: SourceSpan

    public init(key: Key, expected: [String], actual: String?, position: SourceSpan) {
        self.key = key
        self.expected = expected
        self.actual = actual
        self.position = position
    }

    /// One sentence, such as `kind: question is not decision` or `unless held: channel, kind`.
    public var description: String {
        switch key {
        case .channel, .kind, .from, .to:
            guard let actual else { return key == .kind ? "kind: the message names no kind" : "\(key.rawValue): no recipient" }
            return "\(key.rawValue): \(actual) is not \(list)"
        case .level:
            return "level: the level does not match \(expected.first ?? "")"
        case .tags:
            return "tags: the message's tags do not match"
        case .keywords:
            return "keywords: none of \(list) appears in the subject or body"
        case .recipientState:
            guard let actual else { return "recipient_state: no recipient" }
            return "recipient_state: \(actual) is not \(expected.joined(separator: " or "))"
        case .unless:
            return "unless held" + (expected.isEmpty ? "" : ": " + expected.joined(separator: ", "))
        }
    }

    private var list: String {
        expected.count == 1 ? expected[0] : "any of " + expected.joined(separator: ", ")
    }
}
