import NormsSource

/// The human-readable `norms diff` report: for each changed message, a line with its message-level
/// changes and a line per recipient, keyed by `file:line`, then a summary:
///
/// ```
/// examples/messages/x.yaml:1: level normal → urgent
/// examples/messages/x.yaml:1: dana: reply within 15m → 1h; notify now → later
/// 3 of 40 messages change
/// ```
/// The summary also counts the messages both versions refuse alike (messages written for another policy).
public struct DiffTextReporter: Sendable {
    public init() {}

    public func render(_ diff: PolicyDiff) -> String {
        var output = ""
        for message in diff.messages {
            var groups: [(String?, [FieldChange])] = []
            for change in message.changes {
                if let index = groups.firstIndex(where: { $0.0 == change.recipient }) {
                    groups[index].1.append(change)
                } else {
                    groups.append((change.recipient, [change]))
                }
            }
            for (recipient, changes) in groups {
                output += DisplayText.escaped(message.source + ": " + (recipient.map { "\($0): " } ?? ""))
                output += changes.map { "\(Self.label($0.field)) \(Self.text($0.old)) → \(Self.text($0.new))" }.joined(separator: "; ")
                output += "\n"
            }
        }
        let noun = diff.total == 1 ? "message" : "messages"
        output += "\(diff.changed) of \(diff.total) \(noun) \(diff.changed == 1 ? "changes" : "change")"
        if diff.refusedByBoth > 0 {
            output += "; \(diff.refusedByBoth) refused by both versions (unknown names for this policy)"
        }
        output += "\n"
        return output
    }

    /// The field's name in prose.
    static func label(_ field: String) -> String {
        switch field {
        case "reply_within": "reply within"
        case "notify_at": "notify at"
        case "needs_immediate_reply": "needs immediate reply"
        default: field
        }
    }

    /// A value in prose: `none` for null and empty lists, escalations as `phone to ben at TIME`.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return "none"
        case .array(let items) where items.isEmpty: return "none"
        case .array(let items): return items.map(ValueText.text).joined(separator: ", ")
        case .object:
            guard case .string(let via)? = value["via"], case .string(let at)? = value["at"] else { return ValueText.text(value) }
            let target: String = if case .string(let to)? = value["to"] { to } else { "nobody (no backup)" }
            return "\(via) to \(target) at \(at)"
        default: return ValueText.text(value)
        }
    }
}
