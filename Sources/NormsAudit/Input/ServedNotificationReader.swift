import NormsEngine
import NormsSource
import NormsYAML

/// Reads, from the decision a decision-log line recorded, when each recipient was notified:
/// `notify: now` at the local time, `later` at `notify_at`, `none` never.
struct ServedNotificationReader {
    /// The notification instant by recipient id (`nil`: never notified).
    /// - Throws: ``InputError`` when the decision has no recipients list, or a recipient lacks
    ///   `id`, a known `notify` or the time it needs.
    func notifications(in decision: YAMLNode) throws(InputError) -> [String: Instant?] {
        guard let recipients = decision["recipients"]?.sequence else {
            throw InputError(code: "audit.invalid-decision", message: "the recorded decision has no \"recipients\" list",
                             span: decision.span, help: "write the decision as norms check --format json prints it")
        }
        var result: [String: Instant?] = [:]
        for recipient in recipients {
            guard let id = recipient["id"]?.scalar?.string,
                  let notify = recipient["notify"]?.scalar?.string.flatMap(Notify.init(rawValue:)) else {
                throw InputError(code: "audit.invalid-decision", message: "a recorded recipient needs \"id\" and \"notify\" (now, later or none)",
                                 span: recipient.span, help: "write the decision as norms check --format json prints it")
            }
            let field = notify == .later ? "notify_at" : "local_time"
            switch notify {
            case .none:
                result[id] = .some(nil)
            case .now, .later:
                guard let text = recipient[field]?.scalar?.string, let stamp = Timestamp.parse(text) else {
                    throw InputError(code: "audit.invalid-decision", message: "a recorded recipient with notify \(quoted: notify.rawValue) needs \"\(field)\"",
                                     span: recipient[field]?.span ?? recipient.span,
                                     help: "write an RFC 3339 timestamp with an offset, as norms check --format json prints it")
                }
                result[id] = .some(stamp.instant)
            }
        }
        return result
    }
}
