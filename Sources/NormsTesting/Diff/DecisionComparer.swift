import NormsEngine
import NormsPolicy
import NormsSource

/// Compares the decisions two policy versions give one message, field by field.
///
/// Comparison rules: instants compare as instants (a deadline written in another offset because a
/// recipient's zone changed is the same deadline); `violations` compare as sets of rule ids (a rule
/// moved within the policy is no change); an escalation compares its instant, channel and target.
/// Recipients are matched by id; both versions see the same message, so they name the same ones.
enum DecisionComparer {
    /// The changes from `old` to `new` for `message`; empty when nothing changed.
    ///
    /// A message refused by one version only gives `error` changes: one per recipient the
    /// refusing version does not know (with that recipient's id), and one with recipient `nil`
    /// for any other reason (an unknown channel, kind or level). The refusing side holds the
    /// reason, the other `null`.
    static func changes(_ old: Result<Decision, InputError>, _ new: Result<Decision, InputError>, for message: Message) -> [FieldChange] {
        switch (old, new) {
        case (.success(let old), .success(let new)):
            return messageChanges(old, new) + recipientChanges(old, new)
        case (.failure(let old), .failure(let new)):
            let (oldText, newText) = (reason(old.diagnostics), reason(new.diagnostics))
            return oldText == newText ? [] : [FieldChange(recipient: nil, field: "error", old: .string(oldText), new: .string(newText))]
        case (.failure(let old), .success):
            return refusals(old, in: message).map { FieldChange(recipient: $0.0, field: "error", old: .string($0.1), new: .null) }
        case (.success, .failure(let new)):
            return refusals(new, in: message).map { FieldChange(recipient: $0.0, field: "error", old: .null, new: .string($0.1)) }
        }
    }

    /// The reasons for a refusal, by the recipient they concern (`nil` for the whole message).
    private static func refusals(_ error: InputError, in message: Message) -> [(String?, String)] {
        var byRecipient: [(String?, [Diagnostic])] = []
        for diagnostic in error.diagnostics {
            let recipient = diagnostic.has(MessageDiagnosticCode.unknownRecipient)
                ? (message.to + message.statuses.map(\.recipient)).first { $0.span == diagnostic.span }?.value
                : nil
            if let index = byRecipient.firstIndex(where: { $0.0 == recipient }) {
                byRecipient[index].1.append(diagnostic)
            } else {
                byRecipient.append((recipient, [diagnostic]))
            }
        }
        return byRecipient.sorted { ($0.0 == nil ? 0 : 1) < ($1.0 == nil ? 0 : 1) }.map { ($0.0, reason($0.1)) }
    }

    /// The diagnostics' messages, joined.
    static func reason(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.message).joined(separator: "; ")
    }

    private static func messageChanges(_ old: Decision, _ new: Decision) -> [FieldChange] {
        var changes: [FieldChange] = []
        func note(_ field: String, _ before: JSONValue, _ after: JSONValue, same: Bool) {
            if !same { changes.append(FieldChange(recipient: nil, field: field, old: before, new: after)) }
        }
        note("level", .string(old.level), .string(new.level), same: old.level == new.level)
        note("allowed", .bool(old.allowed), .bool(new.allowed), same: old.allowed == new.allowed)
        note("needs_immediate_reply", .bool(old.needsImmediateReply), .bool(new.needsImmediateReply),
             same: old.needsImmediateReply == new.needsImmediateReply)
        let (oldRules, newRules) = (old.violations.map(\.rule), new.violations.map(\.rule))
        note("violations", .array(oldRules.map(JSONValue.string)), .array(newRules.map(JSONValue.string)),
             same: Set(oldRules) == Set(newRules))
        return changes
    }

    private static func recipientChanges(_ old: Decision, _ new: Decision) -> [FieldChange] {
        var changes: [FieldChange] = []
        for before in old.recipients {
            guard let after = new.recipients.first(where: { $0.id == before.id }) else { continue }
            func note(_ field: String, _ oldValue: JSONValue, _ newValue: JSONValue, same: Bool) {
                if !same { changes.append(FieldChange(recipient: before.id, field: field, old: oldValue, new: newValue)) }
            }
            note("state", .string(before.state.rawValue), .string(after.state.rawValue), same: before.state == after.state)
            note("reply_within", .string(before.replyWithin.description), .string(after.replyWithin.description),
                 same: before.replyWithin == after.replyWithin)
            note("deadline", .optional(before.deadline?.description), .optional(after.deadline?.description),
                 same: before.deadline?.instant == after.deadline?.instant)
            note("notify", .string(before.notify.rawValue), .string(after.notify.rawValue), same: before.notify == after.notify)
            note("notify_at", .optional(before.notifyAt?.description), .optional(after.notifyAt?.description),
                 same: before.notifyAt?.instant == after.notifyAt?.instant)
            note("escalation", before.escalation.map(\.json) ?? .null, after.escalation.map(\.json) ?? .null,
                 same: sameEscalation(before.escalation, after.escalation))
        }
        return changes
    }

    private static func sameEscalation(_ old: EscalationDecision?, _ new: EscalationDecision?) -> Bool {
        switch (old, new) {
        case (nil, nil): true
        case (let old?, let new?): old.at.instant == new.at.instant && old.via == new.via && old.to == new.to
        default: false
        }
    }
}
