import NormsEngine
import NormsSource
import NormsYAML

extension Message {
    /// Reads a message written as one JSON object, as `norms check` and its batch lines take it.
    /// - Parameters:
    ///   - json: the message.
    ///   - path: the name diagnostics give the text.
    /// - Throws: `InputError` for text that is not JSON or not a message, with its position.
    public init(json: String, path: String = "message.json") throws(InputError) {
        let node: YAMLNode?
        do {
            node = try JSONReader().read(SourceFile(path: path, text: json))
        } catch {
            throw InputError(error.diagnostics)
        }
        try self.init(node: node, path: path)
    }

    /// Reads a message written as YAML (JSON is YAML too).
    /// - Parameters:
    ///   - yaml: the message.
    ///   - path: the name diagnostics give the text.
    /// - Throws: `InputError` for text that is not YAML or not a message, with its position.
    public init(yaml: String, path: String = "message.yaml") throws(InputError) {
        try self.init(bytes: Array(yaml.utf8), path: path)
    }

    /// Reads a message from the bytes of a YAML or JSON file.
    /// - Throws: `InputError` as ``init(yaml:path:)`` does.
    public init(bytes: [UInt8], path: String = "message.yaml") throws(InputError) {
        let node: YAMLNode?
        do {
            node = try YAMLLoader().loadDocument(SourceFile(path: path, bytes: bytes))
        } catch {
            throw InputError(error.diagnostics)
        }
        try self.init(node: node, path: path)
    }

    /// A message built from values, as a program that already holds them would.
    /// - Parameters:
    ///   - channel: a channel of the policy.
    ///   - from: the sender; an id the policy does not know is `external`.
    ///   - to: person or team ids; a team is one recipient.
    ///   - sentAt: when it is sent, with the sender's offset.
    ///   - level: the sender's level, if any; the policy's `default_level` otherwise.
    ///   - kind: a kind of the policy, if any.
    ///   - tags: free tags, matched case-insensitively.
    ///   - subject: text rules' `keywords` look in.
    ///   - body: text rules' `keywords` look in.
    public init(channel: String, from: String, to: [String], sentAt: Timestamp, level: String? = nil, kind: String? = nil,
                tags: [String] = [], subject: String? = nil, body: String? = nil) {
        let span = SourceSpan.synthetic("message")
        func located(_ value: String) -> Located<String> { Located(value, at: span) }
        self.init(channel: located(channel), from: located(from), to: to.map(located), sentAt: Located(sentAt, at: span),
                  level: level.map(located), kind: kind.map(located), tags: tags.map(located), subject: subject, body: body,
                  span: span)
    }

    private init(node: YAMLNode?, path: String) throws(InputError) {
        guard let node else {
            throw InputError(MessageDiagnosticCode.empty, message: "\(quotedPath: path) holds no message", span: nil,
                             help: "write the message as {channel: ..., from: ..., to: [...], sent_at: ...}")
        }
        self = try MessageLoader().message(from: node)
    }
}
