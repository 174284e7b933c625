import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a ``Message`` from a YAML or JSON node, collecting every problem with its position.
public struct MessageLoader: Sendable {
    /// The longest subject or body, in UTF-8 bytes: 1 MiB. A longer one is an input error, so the
    /// cost of looking for keywords stays bounded.
    public static let maxTextBytes = 1_048_576

    /// The keys a message may have.
    public static let knownKeys = [
        "id", "channel", "from", "to", "sent_at", "level", "kind", "tags", "subject", "body", "status", "meeting",
    ]

    public init() {}

    /// The message's `id` when `node` is a mapping whose `id` is a string, even when the rest of
    /// the message is not valid, so that an error can name the message it is about.
    public static func id(of node: YAMLNode) -> String? {
        node.mapping?["id"]?.scalar?.string
    }

    /// Reads one message.
    /// - Throws: ``InputError`` with every problem found (unknown keys, wrong types, missing
    ///   fields, timestamps without an offset).
    public func message(from node: YAMLNode) throws(InputError) -> Message {
        var problems: [Diagnostic] = []
        guard let mapping = node.mapping else {
            throw InputError(code: "message.wrong-type", message: "a message must be a mapping, found \(node.kindName)",
                             span: node.span, help: "write the message as {channel: ..., from: ..., to: [...], sent_at: ...}")
        }
        for entry in mapping.entries {
            let key = entry.key.scalar?.value ?? entry.key.description
            if !Self.knownKeys.contains(key) {
                problems.append(Diagnostic(
                    code: "message.unknown-key", message: "unknown message field \(quoted: key)", span: entry.key.span,
                    help: Suggestions.didYouMean(key, in: Self.knownKeys) ?? "the fields are \(Self.knownKeys.joined(separator: ", "))"))
            }
        }
        var reader = FieldReader(mapping: mapping, span: node.span)
        let id = reader.identifier("id")
        let channel = reader.requiredString("channel")
        let from = reader.requiredString("from")
        let to = reader.stringList("to", required: true)
        let sentAt = reader.timestamp("sent_at", required: true)
        let level = reader.string("level")
        let kind = reader.string("kind")
        let tags = reader.stringList("tags", required: false)
        let subject = reader.string("subject")
        let body = reader.string("body")
        for text in [subject, body].compactMap({ $0 }) where text.value.utf8.count > Self.maxTextBytes {
            problems.append(Diagnostic(
                code: "message.text-too-long",
                message: "the text is \(text.value.utf8.count) bytes, more than the limit of \(Self.maxTextBytes)",
                span: text.span, help: "send a shorter subject or body; keywords are looked for in at most 1 MiB of each"))
        }
        let statuses = reader.statuses()
        let meeting = reader.meeting()
        problems += reader.problems
        guard problems.isEmpty, let channel, let from, let sentAt else {
            throw InputError(problems.sorted { ($0.span?.start.offset ?? 0) < ($1.span?.start.offset ?? 0) })
        }
        return Message(
            channel: channel, from: from, to: to, sentAt: sentAt, level: level, kind: kind, tags: tags,
            subject: subject?.value, body: body?.value, statuses: statuses, meeting: meeting, span: node.span, id: id)
    }
}
