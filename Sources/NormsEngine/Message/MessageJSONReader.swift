import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a ``Message`` straight from the bytes of one JSON text, without building a node tree:
/// the fast path of `norms check --batch`, where the node tree and ``MessageLoader`` cost more than
/// the decision.
///
/// It reads only a message that ``MessageLoader`` reads without a problem, written the usual way:
/// every field known and given once, strings as JSON strings, `agenda` as `true` or `false`. For
/// anything else — a syntax or encoding error, an unknown or repeated key, a number or `null`
/// where a string goes, a missing field, an invalid timestamp or status — it answers `nil`, and the
/// caller reads the text through ``JSONReader`` and ``MessageLoader``, which report every problem
/// with its position. For a text it accepts, the message is the one those two give, spans
/// included: positions come from the same ``JSONParser``.
package struct MessageJSONReader {
    private var parser: JSONParser

    /// Reads the message in `bytes`, or answers `nil` when the text is not a well-formed message.
    /// - Parameters:
    ///   - bytes: the text; whitespace may surround the object.
    ///   - file: the path or label spans name.
    ///   - start: the position of `bytes`' first byte in `file`.
    package static func message(in bytes: UnsafeBufferPointer<UInt8>, file: String, start: SourcePosition) -> Message? {
        message(in: bytes, file: file, start: start) { _, _ in false }
    }

    /// Reads the message in `bytes` whose object may also hold members of another format's own,
    /// such as a log line's `delivery`: `otherMember` is handed each key that is not a message
    /// field, with the reader at the member's value, and reads the value (through
    /// ``object(_:)``, ``timestampValue()`` and ``null()``), answering `false` when it cannot; the
    /// text is then not read here, as any other text this reader does not read.
    package static func message(
        in bytes: UnsafeBufferPointer<UInt8>, file: String, start: SourcePosition,
        otherMember: (_ key: String, _ reader: inout MessageJSONReader) -> Bool
    ) -> Message? {
        var reader = MessageJSONReader(
            parser: JSONParser(bytes: bytes, file: file, start: start, maxDepth: YAMLLimits.default.maxDepth))
        do {
            try reader.parser.checkEncoding()
        } catch {
            return nil
        }
        return reader.message(otherMember: otherMember)
    }

    // MARK: - The message

    /// The fields of a message, as bits, so that a repeated key is seen at once.
    private enum Field: Int {
        case id, channel, from, to, sentAt, level, kind, tags, subject, body, status, meeting

        var key: StaticString {
            switch self {
            case .id: "id"
            case .channel: "channel"
            case .from: "from"
            case .to: "to"
            case .sentAt: "sent_at"
            case .level: "level"
            case .kind: "kind"
            case .tags: "tags"
            case .subject: "subject"
            case .body: "body"
            case .status: "status"
            case .meeting: "meeting"
            }
        }

        /// The field named `key`, or `nil`: the first two bytes tell the fields apart, and the
        /// whole key is then compared with that field's name.
        init?(_ key: Key) {
            guard key.bytes.count >= 2 else { return nil }
            let field: Field? = switch (key.bytes[0], key.bytes[1]) {
            case (UInt8(ascii: "i"), UInt8(ascii: "d")): .id
            case (UInt8(ascii: "c"), UInt8(ascii: "h")): .channel
            case (UInt8(ascii: "f"), UInt8(ascii: "r")): .from
            case (UInt8(ascii: "t"), UInt8(ascii: "o")): .to
            case (UInt8(ascii: "s"), UInt8(ascii: "e")): .sentAt
            case (UInt8(ascii: "l"), UInt8(ascii: "e")): .level
            case (UInt8(ascii: "k"), UInt8(ascii: "i")): .kind
            case (UInt8(ascii: "t"), UInt8(ascii: "a")): .tags
            case (UInt8(ascii: "s"), UInt8(ascii: "u")): .subject
            case (UInt8(ascii: "b"), UInt8(ascii: "o")): .body
            case (UInt8(ascii: "s"), UInt8(ascii: "t")): .status
            case (UInt8(ascii: "m"), UInt8(ascii: "e")): .meeting
            default: nil
            }
            guard let field, key.is(field.key) else { return nil }
            self = field
        }
    }

    private mutating func message(otherMember: (_ key: String, _ reader: inout MessageJSONReader) -> Bool) -> Message? {
        parser.skipWhitespace()
        guard let start = open("{") else { return nil }
        var seen = 0
        var id: String?
        var channel: Located<String>?
        var from: Located<String>?
        var to: [Located<String>] = []
        var sentAt: Located<Timestamp>?
        var level: Located<String>?
        var kind: Located<String>?
        var tags: [Located<String>] = []
        var subject: String?
        var body: String?
        var statuses: [Message.Status] = []
        var meeting: Message.Meeting?
        var members = Members.first
        while let key = nextKey(&members) {
            guard let field = Field(key) else {
                guard otherMember(String(decoding: key.bytes, as: UTF8.self), &self) else { return nil }
                continue
            }
            guard seen & 1 << field.rawValue == 0 else { return nil }
            seen |= 1 << field.rawValue
            switch field {
            case .id:
                guard let value = string() else { return nil }
                id = value.value
            case .channel:
                guard let value = string() else { return nil }
                channel = value
            case .from:
                guard let value = string() else { return nil }
                from = value
            case .to:
                guard let value = stringList(), !value.isEmpty else { return nil }
                to = value
            case .sentAt:
                guard let value = timestamp() else { return nil }
                sentAt = value
            case .level:
                guard let value = string() else { return nil }
                level = value
            case .kind:
                guard let value = string() else { return nil }
                kind = value
            case .tags:
                guard let value = stringList() else { return nil }
                tags = value
            case .subject:
                guard let value = text() else { return nil }
                subject = value
            case .body:
                guard let value = text() else { return nil }
                body = value
            case .status:
                guard let value = self.statuses() else { return nil }
                statuses = value
            case .meeting:
                guard let value = self.meeting() else { return nil }
                meeting = value
            }
        }
        guard members == .end, let span = close(from: start), let channel, let from, let sentAt, !to.isEmpty else { return nil }
        parser.skipWhitespace()
        guard parser.isAtEnd else { return nil }
        return Message(
            id: id, channel: channel, from: from, to: to, sentAt: sentAt, level: level, kind: kind, tags: tags,
            subject: subject, body: body, statuses: statuses, meeting: meeting, span: span)
    }

    /// The statuses of a `status` object, by recipient.
    private mutating func statuses() -> [Message.Status]? {
        guard let start = open("{") else { return nil }
        var statuses: [Message.Status] = []
        var members = Members.first
        while let key = nextKey(&members, located: true) {
            guard let recipient = located(key), !statuses.contains(where: { $0.recipient.value == recipient.value }),
                  let status = status(recipient: recipient) else { return nil }
            statuses.append(status)
        }
        guard members == .end, close(from: start) != nil else { return nil }
        return statuses
    }

    /// One recipient's status: `"focus"` or `{"state": "focus", "until": TIMESTAMP}`.
    private mutating func status(recipient: Located<String>) -> Message.Status? {
        if peek == UInt8(ascii: "\"") {
            guard let state = string(), let status = LiveStatus(rawValue: state.value) else { return nil }
            return Message.Status(recipient: recipient, status: Located(status, at: state.span))
        }
        guard let start = open("{") else { return nil }
        var state: Located<LiveStatus>?
        var until: Located<Timestamp>?
        var seenUntil = false
        var members = Members.first
        while let key = nextKey(&members) {
            if key.is("state"), state == nil {
                guard let name = string(), let status = LiveStatus(rawValue: name.value) else { return nil }
                state = Located(status, at: name.span)
            } else if key.is("until"), !seenUntil {
                seenUntil = true
                guard let stamp = timestamp() else { return nil }
                until = stamp
            } else {
                return nil
            }
        }
        guard members == .end, close(from: start) != nil, let state else { return nil }
        return Message.Status(recipient: recipient, status: state, until: until?.value)
    }

    /// A `meeting` object.
    private mutating func meeting() -> Message.Meeting? {
        guard let start = open("{") else { return nil }
        var startsAt: Timestamp?
        var preworkSharedAt: Timestamp?
        var agenda: Bool?
        var members = Members.first
        while let key = nextKey(&members) {
            if key.is("starts_at"), startsAt == nil {
                guard let stamp = timestamp() else { return nil }
                startsAt = stamp.value
            } else if key.is("agenda"), agenda == nil {
                guard let value = boolean() else { return nil }
                agenda = value
            } else if key.is("prework_shared_at"), preworkSharedAt == nil {
                guard let stamp = timestamp() else { return nil }
                preworkSharedAt = stamp.value
            } else {
                return nil
            }
        }
        guard members == .end, let span = close(from: start) else { return nil }
        return Message.Meeting(startsAt: startsAt, agenda: agenda, preworkSharedAt: preworkSharedAt, span: span)
    }

    // MARK: - Values

    private var peek: UInt8? { parser.isAtEnd ? nil : parser.bytes[parser.index] }

    /// A JSON string with its span.
    private mutating func string() -> Located<String>? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        let start = parser.position(parser.index)
        guard let value = try? parser.string() else { return nil }
        return Located(value, at: parser.span(from: start))
    }

    /// A subject or body: a JSON string within ``MessageLoader/maxTextBytes``.
    private mutating func text() -> String? {
        guard let value = string()?.value, value.utf8.count <= MessageLoader.maxTextBytes else { return nil }
        return value
    }

    /// A string, or a list of strings.
    private mutating func stringList() -> [Located<String>]? {
        if peek == UInt8(ascii: "\"") { return string().map { [$0] } }
        guard open("[") != nil else { return nil }
        parser.skipWhitespace()
        if peek == UInt8(ascii: "]") {
            parser.index += 1
            return []
        }
        var items: [Located<String>] = []
        // Room for the usual few recipients or tags at once, rather than growing twice.
        items.reserveCapacity(4)
        while true {
            guard let item = string() else { return nil }
            items.append(item)
            parser.skipWhitespace()
            switch peek {
            case UInt8(ascii: ","):
                parser.index += 1
                parser.skipWhitespace()
            case UInt8(ascii: "]"):
                parser.index += 1
                return items
            default:
                return nil
            }
        }
    }

    /// A timestamp written as a JSON string without escapes, with the string's span.
    private mutating func timestamp() -> Located<Timestamp>? {
        let open = parser.index
        guard let text = plainString(), let stamp = Timestamp.parse(utf8: UnsafeBufferPointer(rebasing: text)) else { return nil }
        let start = parser.position(open)
        return Located(stamp, at: parser.span(from: start))
    }

    /// `true` or `false`.
    private mutating func boolean() -> Bool? {
        for (word, value) in [("true", true), ("false", false)] where matches(word) {
            parser.index += word.utf8.count
            return value
        }
        return nil
    }

    /// Whether the bytes at the cursor are `word`, followed by a delimiter.
    private func matches(_ word: String) -> Bool {
        let bytes = parser.bytes
        var index = parser.index
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        guard index < bytes.count else { return true }
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
        default: return false
        }
    }

    // MARK: - Objects

    /// Steps over `[` or `{` at the cursor and answers its position.
    private mutating func open(_ bracket: Unicode.Scalar) -> SourcePosition? {
        guard peek == UInt8(ascii: bracket) else { return nil }
        let start = parser.position(parser.index)
        parser.index += 1
        return start
    }

    /// Steps over the `}` at the cursor and answers the object's span.
    private mutating func close(from start: SourcePosition) -> SourceSpan? {
        guard peek == UInt8(ascii: "}") else { return nil }
        parser.index += 1
        return parser.span(from: start)
    }

    /// Where ``nextKey(_:)`` is in an object.
    private enum Members {
        /// Before the first member.
        case first
        /// After a member's value.
        case afterValue
        /// At the closing `}`.
        case end
        /// At something that is not a member.
        case broken
    }

    /// A member's key. It holds no reference, so that dropping one costs nothing.
    private struct Key {
        /// The key's bytes, between its quotes.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where the key starts and ends, quotes included, when asked for.
        let bounds: (start: SourcePosition, end: SourcePosition)?

        /// Whether the key is `name`.
        func `is`(_ name: StaticString) -> Bool {
            bytes.hasSameBytes(as: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        }
    }

    /// Reads up to the next member's value and answers its key; `nil` at the object's `}`
    /// (`members` is then `.end`) or at anything else (`.broken`). A key with an escape is
    /// something else here.
    /// - Parameter located: whether to find where the key is, for ``located(_:)``.
    private mutating func nextKey(_ members: inout Members, located: Bool = false) -> Key? {
        parser.skipWhitespace()
        if members == .afterValue {
            guard peek == UInt8(ascii: ",") else {
                members = peek == UInt8(ascii: "}") ? .end : .broken
                return nil
            }
            parser.index += 1
            parser.skipWhitespace()
        } else if peek == UInt8(ascii: "}") {
            members = .end
            return nil
        }
        guard let bytes = plainString() else {
            members = .broken
            return nil
        }
        // Positions are found in the order of the text, so the key's are found now.
        let bounds = located ? (start: parser.position(bytes.startIndex - 1), end: parser.position(parser.index)) : nil
        let key = Key(bytes: UnsafeBufferPointer(rebasing: bytes), bounds: bounds)
        parser.skipWhitespace()
        guard peek == UInt8(ascii: ":") else {
            members = .broken
            return nil
        }
        parser.index += 1
        parser.skipWhitespace()
        members = .afterValue
        return key
    }

    /// Steps over a JSON string without escapes or control characters and answers its bytes,
    /// between the quotes; `nil` for anything else.
    private mutating func plainString() -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        let bytes = parser.bytes
        var end = parser.index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        let text = bytes[(parser.index + 1)..<end]
        parser.index = end + 1
        return text
    }

    /// The key as a string with its span from quote to quote, when ``nextKey(_:located:)`` found
    /// where it is.
    private func located(_ key: Key) -> Located<String>? {
        key.bounds.map { Located(String(decoding: key.bytes, as: UTF8.self), at: parser.span(from: $0.start, to: $0.end)) }
    }
}

// MARK: - Values of other members

extension MessageJSONReader {
    /// Reads the object at the cursor, handing each member's key to `member` with the reader at
    /// the member's value, which `member` reads; `false` when the value is not an object, a key
    /// has an escape, or `member` answers `false`.
    package mutating func object(_ member: (_ key: String, _ reader: inout MessageJSONReader) -> Bool) -> Bool {
        guard let start = open("{") else { return false }
        var members = Members.first
        while let key = nextKey(&members) {
            guard member(String(decoding: key.bytes, as: UTF8.self), &self) else { return false }
        }
        return members == .end && close(from: start) != nil
    }

    /// A timestamp written as a JSON string without escapes; `nil` for anything else.
    package mutating func timestampValue() -> Timestamp? { timestamp()?.value }

    /// Steps over `null` at the cursor; `false` when something else is there.
    package mutating func null() -> Bool {
        guard matches("null") else { return false }
        parser.index += 4
        return true
    }
}
