import NormsPolicy
import NormsSource
import NormsYAML

extension MessageDiagnosticCode: NodeReadingCode {
    /// A required field is absent: the code messages have always used for it.
    package static var missingKey: Self { .missingField }
    /// The one closed set of names in a message is the live status.
    package static var invalidValue: Self { .invalidStatus }
}

/// Reads a ``Message`` from a YAML or JSON node, collecting every problem with its position.
public struct MessageLoader: Sendable {
    /// The longest subject or body, in UTF-8 bytes: 1 MiB. A longer one is an input error, so the
    /// cost of looking for keywords stays bounded.
    public static let maxTextBytes = 1_048_576

    /// The keys a message may have.
    public static let knownKeys = [
        "id", "channel", "from", "to", "sent_at", "level", "kind", "tags", "subject", "body", "status", "meeting",
    ]
    private static let requiredKeys = ["channel", "from", "to", "sent_at"]
    private static let missingHelp = [
        "to": "add 'to: [ID, ...]' to the message",
        "sent_at": "add 'sent_at: 2026-11-25T18:30:00+01:00' (with an offset or Z)",
    ]
    private static let statusKeys = ["state", "until"]
    private static let meetingKeys = ["starts_at", "agenda", "prework_shared_at"]

    public init() {}

    /// The message's `id` when `node` is a mapping whose `id` is a string, even when the rest of
    /// the message is not valid, so that an error can name the message it is about.
    public static func id(of node: YAMLNode) -> String? {
        node.mapping?["id"]?.scalar?.string
    }

    /// Reads one message.
    /// - Throws: ``InputError`` with every problem found (unknown keys, wrong types, missing
    ///   fields, timestamps without an offset), in file order.
    public func message(from node: YAMLNode) throws(InputError) -> Message {
        let log = DiagnosticLog()
        let reader = NodeReader(log: log, codes: MessageDiagnosticCode.self)
        guard let fields = reader.map(
            Field(node: node, path: "", document: "the message"), known: Self.knownKeys, required: Self.requiredKeys,
            missingHelp: Self.missingHelp, expected: "a message (a mapping with channel, from, to and sent_at)")
        else { throw InputError(log.diagnostics) }
        // `id` is echoed back as given, so `12` and `"12"` must not both read as `12`: it must be a string.
        let id = fields["id"].flatMap { reader.string($0) }
        let channel = fields["channel"].flatMap { reader.locatedText($0) }
        let from = fields["from"].flatMap { reader.locatedText($0) }
        let to = fields["to"].map { recipients($0, reader: reader) } ?? []
        let sentAt = fields["sent_at"].flatMap { timestamp($0, log: log) }
        let subject = fields["subject"].flatMap { reader.locatedText($0) }
        let body = fields["body"].flatMap { reader.locatedText($0) }
        for text in [subject, body].compactMap({ $0 }) where text.value.utf8.count > Self.maxTextBytes {
            log.error(MessageDiagnosticCode.textTooLong,
                      "the text is \(text.value.utf8.count) bytes, more than the limit of \(Self.maxTextBytes)", at: text.span,
                      help: "send a shorter subject or body; keywords are looked for in at most 1 MiB of each")
        }
        let level = fields["level"].flatMap { reader.locatedText($0) }
        let kind = fields["kind"].flatMap { reader.locatedText($0) }
        let tags = fields["tags"].flatMap { reader.texts($0) } ?? []
        let statuses = fields["status"].map { self.statuses($0, reader: reader) } ?? []
        let meeting = fields["meeting"].flatMap { self.meeting($0, reader: reader) }
        guard log.isEmpty, let channel, let from, let sentAt else { throw InputError(log.inFileOrder) }
        return Message(
            channel: channel, from: from, to: to, sentAt: sentAt, level: level, kind: kind, tags: tags,
            subject: subject?.value, body: body?.value, statuses: statuses, meeting: meeting, span: node.span, id: id?.value)
    }

    /// `to`: one recipient or a list of at least one.
    private func recipients(_ field: Field, reader: NodeReader) -> [Located<String>] {
        guard let recipients = reader.texts(field) else { return [] }
        if recipients.isEmpty, field.node.sequence != nil {
            reader.log.error(MessageDiagnosticCode.missingField, "\(field.label) is empty", at: field.span, help: "name at least one recipient")
        }
        return recipients
    }

    /// A timestamp with an offset, or `nil` and a problem.
    private func timestamp(_ field: Field, log: DiagnosticLog) -> Located<Timestamp>? {
        guard let text = field.node.scalar?.value, let stamp = Timestamp.parse(text) else {
            log.error(MessageDiagnosticCode.invalidTimestamp,
                      "invalid timestamp \(quoted: field.node.scalar?.value ?? field.node.description) for \(field.label)", at: field.span,
                      help: "write an RFC 3339 timestamp with an offset or Z, such as 2026-11-25T18:30:00+01:00")
            return nil
        }
        return Located(stamp, at: field.span)
    }

    /// `status`: recipient to a state, or to `{state: …, until: …}`.
    private func statuses(_ field: Field, reader: NodeReader) -> [Message.Status] {
        guard let entries = reader.idEntries(field, expected: "a mapping from recipient to status") else { return [] }
        return entries.compactMap { recipient, value in
            var state = value
            var until: Field?
            if value.node.mapping != nil {
                guard let status = reader.map(value, known: Self.statusKeys, required: ["state"]), let stateField = status["state"]
                else { return nil }
                state = stateField
                until = status["until"]
            }
            guard let status = reader.choice(state, LiveStatus.self) else { return nil }
            return Message.Status(recipient: recipient, status: status, until: until.flatMap { timestamp($0, log: reader.log) }?.value)
        }
    }

    /// `meeting`: when it starts, whether it has an agenda, when its prework was shared.
    private func meeting(_ field: Field, reader: NodeReader) -> Message.Meeting? {
        guard let meeting = reader.map(field, known: Self.meetingKeys) else { return nil }
        return Message.Meeting(
            startsAt: meeting["starts_at"].flatMap { timestamp($0, log: reader.log) }?.value,
            agenda: meeting["agenda"].flatMap(reader.bool)?.value,
            preworkSharedAt: meeting["prework_shared_at"].flatMap { timestamp($0, log: reader.log) }?.value,
            span: field.node.span)
    }
}
