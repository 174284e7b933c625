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
    /// The changes from `old` to `new`; empty when nothing changed.
    static func changes(_ old: Result<Decision, InputError>, _ new: Result<Decision, InputError>) -> [FieldChange] {
        switch (old, new) {
        case (.success(let old), .success(let new)):
            return messageChanges(old, new) + recipientChanges(old, new)
        case (.failure(let old), .failure(let new)):
            let (oldText, newText) = (reason(old), reason(new))
            return oldText == newText ? [] : [FieldChange(recipient: nil, field: "error", old: .string(oldText), new: .string(newText))]
        case (.failure(let old), .success):
            return [FieldChange(recipient: nil, field: "error", old: .string(reason(old)), new: .null)]
        case (.success, .failure(let new)):
            return [FieldChange(recipient: nil, field: "error", old: .null, new: .string(reason(new)))]
        }
    }

    /// The diagnostics' messages, joined.
    static func reason(_ error: InputError) -> String {
        error.diagnostics.map(\.message).joined(separator: "; ")
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
