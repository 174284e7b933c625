import NormsEngine
import NormsSource
import NormsYAML

/// Reads a message line's `delivery`: `{"RECIPIENT": {"notified_at": TIME, "replied_at": TIME}}`,
/// either time may be missing or `null`.
struct DeliveryReader {
    static let keys = ["notified_at", "replied_at"]
    let message: Message

    /// The delivery by recipient id.
    /// - Throws: ``InputError`` for a recipient the message is not sent to, an unknown key, a
    ///   malformed time, or a time before `sent_at`.
    func delivery(from node: YAMLNode) throws(InputError) -> [String: AuditRecord.Delivery] {
        guard let mapping = node.mapping else {
            throw InputError(code: "audit.invalid-delivery", message: "delivery must be an object, found \(node.kindName)",
                             span: node.span, help: "write \"delivery\": {\"RECIPIENT\": {\"notified_at\": TIME, \"replied_at\": TIME}}")
        }
        var problems: [Diagnostic] = []
        var result: [String: AuditRecord.Delivery] = [:]
        let recipients = Set(message.to.map(\.value))
        for entry in mapping.entries {
            let id = entry.key.scalar?.value ?? entry.key.description
            guard recipients.contains(id) else {
                problems.append(Diagnostic(
                    code: "audit.delivery-unknown-recipient", message: "delivery names \(quoted: id), who is not among the message's recipients",
                    span: entry.key.span,
                    help: Suggestions.didYouMean(id, in: recipients) ?? "name only ids listed in \"to\""))
                continue
            }
            guard let times = entry.value.mapping else {
                problems.append(Diagnostic(
                    code: "audit.invalid-delivery", message: "the delivery of \(quoted: id) must be an object, found \(entry.value.kindName)",
                    span: entry.value.span, help: "write {\"notified_at\": TIME, \"replied_at\": TIME}"))
                continue
            }
            for key in times.entries.compactMap({ $0.key.scalar?.value }) where !Self.keys.contains(key) {
                problems.append(Diagnostic(
                    code: "audit.unknown-key", message: "unknown delivery field \(quoted: key)", span: times.entry(key)?.key.span,
                    help: Suggestions.didYouMean(key, in: Self.keys) ?? "the fields are notified_at and replied_at"))
            }
            result[id] = AuditRecord.Delivery(
                notifiedAt: instant(times["notified_at"], field: "notified_at", problems: &problems),
                repliedAt: instant(times["replied_at"], field: "replied_at", problems: &problems))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return result
    }

    /// A time of the delivery, or `nil` when missing or `null`; a problem when it is malformed or
    /// before the message was sent.
    private func instant(_ node: YAMLNode?, field: String, problems: inout [Diagnostic]) -> Instant? {
        guard let node, node.scalar?.resolved != .null else { return nil }
        guard let text = node.scalar?.string, let stamp = Timestamp.parse(text) else {
            problems.append(Diagnostic(
                MessageDiagnosticCode.invalidTimestamp, message: "invalid timestamp \(quoted: node.description) for \(field)",
                span: node.span, help: "write an RFC 3339 timestamp with an offset or Z, such as 2026-11-25T18:30:00+01:00"))
            return nil
        }
        guard stamp.instant >= message.sentAt.value.instant else {
            problems.append(Diagnostic(
                code: "audit.before-sent", message: "\(field) \(quoted: text) is before the message's sent_at",
                span: node.span, help: "a recipient is notified and answers after the message is sent; check the zone offsets"))
            return nil
        }
        return stamp.instant
    }
}
