import NormsEngine
import NormsSource
import NormsYAML
import Testing

/// The batch reader that reads a message straight from JSON bytes gives the message the node tree
/// and ``MessageLoader`` give, spans included, and answers `nil` for every text they refuse.
@Suite("Message JSON reader")
struct MessageJSONReaderTests {
    /// A line as read in the middle of a file: line 7, starting at byte 300.
    static let start = SourcePosition(line: 7, column: 1, offset: 300)

    /// Every field of a message with every span, so that two messages compare in full.
    static func summary(_ message: Message) -> String {
        func located(_ value: Located<String>?) -> String {
            value.map { "\($0.value)@\(spanText($0.span))" } ?? "-"
        }
        func spanText(_ span: SourceSpan) -> String {
            "\(span.file):\(span.start.line):\(span.start.column):\(span.start.offset)-\(span.end.line):\(span.end.column):\(span.end.offset)"
        }
        let statuses = message.statuses.map {
            "\(located($0.recipient))=\($0.status.value)@\(spanText($0.status.span)) until \($0.until.map(String.init(describing:)) ?? "-")"
        }
        let meeting = message.meeting.map {
            "\($0.startsAt.map(String.init(describing:)) ?? "-") \($0.agenda.map(String.init(describing:)) ?? "-") "
                + "\($0.preworkSharedAt.map(String.init(describing:)) ?? "-")@\(spanText($0.span))"
        }
        return [
            "id \(message.id ?? "-")", "channel \(located(message.channel))", "from \(located(message.from))",
            "to \(message.to.map(located))", "sent_at \(message.sentAt.value)@\(spanText(message.sentAt.span))",
            "level \(located(message.level))", "kind \(located(message.kind))", "tags \(message.tags.map(located))",
            "subject \(message.subject ?? "-")", "body \(message.body ?? "-")", "status \(statuses)",
            "meeting \(meeting ?? "-")", "span \(spanText(message.span))",
        ].joined(separator: "\n")
    }

    /// The message the node tree and the loader give, or `nil` when they report a problem.
    static func loaded(_ line: String) -> Message? {
        var text = line
        return text.withUTF8 { bytes in
            guard let node = try? JSONReader().read(bytes, file: "in.jsonl", start: start) else { return nil }
            return try? MessageLoader().message(from: node)
        }
    }

    static func read(_ line: String) -> Message? {
        var text = line
        return text.withUTF8 { MessageJSONReader.message(in: $0, file: "in.jsonl", start: start) }
    }

    static let wellFormed = [
        #"{"channel": "chat", "from": "customer-1001", "to": ["support-emea"], "sent_at": "2026-12-02T09:00:00Z", "tags": ["customer"], "subject": "The reset e-mail never arrives"}"#,
        #"  {"id":"m1","channel":"email","from":"a","to":"b","sent_at":"2026-12-02 05:50:00.25-06:00","level":"high","kind":"incident"}  "#,
        #"{"channel": "chat", "from": "a", "to": ["b", "c", "b"], "sent_at": "2026-12-03T13:00:00-06:00", "status": {"b": {"state": "dnd", "until": "2026-12-03T14:00:00-06:00"}, "c": "away", "d": {"until": "2026-12-04T00:00:00Z", "state": "focus"}}}"#,
        #"{"channel": "video", "from": "a", "to": ["b"], "sent_at": "2026-12-03T13:00:00Z", "meeting": {"starts_at": "2026-12-04T09:00:00Z", "agenda": false, "prework_shared_at": "2026-12-01T09:00:00Z"}, "tags": []}"#,
        #"{"channel": "chat", "from": "é", "to": ["ü-team"], "sent_at": "2026-12-02T09:00:00Z", "subject": "Grüße \u00e9 \"quoted\" \ud83d\ude00", "body": "tab\there", "status": {}, "meeting": {}}"#,
        "{\"channel\":\r\"chat\",\t\"from\": \"a\",\"to\":[ \"b\" ],\"sent_at\":\"2026-12-02T09:00:00Z\"}",
    ]

    static let refused = [
        "", "   ", "[]", #""x""#, "{}",
        #"{"channel": "chat", "from": "a", "to": ["b"]}"#,
        #"{"channel": "chat", "from": "a", "to": [], "sent_at": "2026-12-02T09:00:00Z"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "level": null}"#,
        #"{"channel": "chat", "channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "chanel": "x"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z"} x"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z",}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "status": {"b": "busy"}}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "status": {"b": "away", "b": "focus"}}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "status": {"b": {"until": "2026-12-04T00:00:00Z"}}}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "meeting": {"agenda": "yes"}}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "meeting": {"starts_at": "soon"}}"#,
        "{\"channel\": \"chat\u{1}\", \"from\": \"a\", \"to\": [\"b\"], \"sent_at\": \"2026-12-02T09:00:00Z\"}",
        // Keys that begin as a field's name does, or are shorter than any.
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "sent": "x"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "tox": "x"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "subjects": "x"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "i": "x"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "": "x"}"#,
    ]

    @Test(arguments: wellFormed)
    func wellFormedMessagesAreTheLoadersOwn(line: String) throws {
        let expected = try #require(Self.loaded(line))
        let read = try #require(Self.read(line))
        #expect(Self.summary(read) == Self.summary(expected))
    }

    @Test(arguments: refused)
    func textsTheLoaderRefusesAreLeftToIt(line: String) {
        #expect(Self.loaded(line) == nil)
        #expect(Self.read(line) == nil)
    }

    /// Valid, but written unusually: a key with an escape, a number or boolean where a string
    /// goes. The reader leaves these to the loader.
    static let unusual = [
        #"{"chann\u0065l": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z", "tags": [1, true]}"#,
        #"{"channel": "chat", "from": 7, "to": ["b"], "sent_at": "2026-12-02T09:00:00Z"}"#,
        #"{"channel": 1, "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00Z"}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-02T09:00:00\u005A"}"#,
    ]

    @Test(arguments: unusual)
    func unusualMessagesAreLeftToTheLoader(line: String) {
        #expect(Self.loaded(line) != nil)
        #expect(Self.read(line) == nil)
    }
}
