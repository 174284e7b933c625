import NormsEngine
import NormsSource
import NormsYAML

/// Reads an ``AuditRecord`` from one JSON value of a log: a message line (with optional
/// `delivery`) or a decision-log line (`{"version": 1, "message": …, "decision": …}`).
///
/// The two shapes are told apart per line: a value with both `message` and `decision` is a
/// decision-log line, anything else a message. docs/audit.md describes both.
public struct JSONRecordReader: Sendable {
    /// The decision-log versions this reader understands.
    public static let decisionLogVersions = [1]
    /// The keys of a decision-log line.
    static let decisionLogKeys = ["version", "id", "time", "policy", "message", "decision"]

    public init() {}

    /// The record in `node`.
    /// - Throws: ``InputError`` with every problem found, each at its position.
    public func record(from node: YAMLNode) throws(InputError) -> AuditRecord {
        guard let mapping = node.mapping else {
            throw InputError(MessageDiagnosticCode.wrongType, message: "a log line must be an object, found \(node.kindName)",
                             span: node.span, help: "write one message object, or one decision-log object, per line")
        }
        if mapping["message"] != nil, mapping["decision"] != nil { return try decisionLogRecord(mapping, span: node.span) }
        guard let deliveryEntry = mapping.entry("delivery") else {
            return AuditRecord(message: try MessageLoader().message(from: node))
        }
        // The message proper is the line without `delivery`, which the message format does not know.
        let messageNode = YAMLNode(.mapping(YAMLMapping(entries: mapping.entries.filter { $0.key.scalar?.value != "delivery" })),
                                   span: node.span)
        let message = try MessageLoader().message(from: messageNode)
        return AuditRecord(message: message, delivery: try DeliveryReader(message: message).delivery(from: deliveryEntry.value))
    }

    /// A `norms serve --decision-log` line: the message, and the notifications its decision made.
    private func decisionLogRecord(_ mapping: YAMLMapping, span: SourceSpan) throws(InputError) -> AuditRecord {
        var problems: [Diagnostic] = []
        for entry in mapping.entries {
            let key = entry.key.scalar?.value ?? entry.key.description
            guard !Self.decisionLogKeys.contains(key) else { continue }
            problems.append(Diagnostic(
                code: "audit.unknown-key", message: "unknown decision-log field \(quoted: key)", span: entry.key.span,
                help: Suggestions.didYouMean(key, in: Self.decisionLogKeys)
                    ?? "the fields are \(Self.decisionLogKeys.joined(separator: ", "))"))
        }
        let version = mapping["version"]
        if case .int(let number)? = version?.scalar?.resolved, Self.decisionLogVersions.contains(number) {
        } else {
            problems.append(Diagnostic(
                code: "audit.unsupported-version", message: "a decision-log line needs \"version\": 1",
                span: version?.span ?? span, help: "this norms reads decision logs of version 1; upgrade norms to read a newer log"))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        let message = try MessageLoader().message(from: mapping["message"]!)
        let served = try ServedNotificationReader().notifications(in: mapping["decision"]!)
        return AuditRecord(message: message, served: served)
    }
}
