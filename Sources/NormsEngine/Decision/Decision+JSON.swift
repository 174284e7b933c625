import NormsPolicy
import NormsSource

extension Decision {
    /// The version of the decision object's shape in the command line's output (`"version"` in
    /// `norms check --format json` and in every `--batch` line; `schema/norms-decision.schema.json`).
    public static let jsonVersion = 1

    /// The decision object of the policy format, with its fields in the documented order.
    /// Fields that do not apply are `null`. `trace` is added only when it was recorded; `level_by`
    /// comes last, after the fields it was added to.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("policy", .string(policy)),
            ("level", .string(level)),
            ("needs_immediate_reply", .bool(needsImmediateReply)),
            ("allowed", .bool(allowed)),
            ("violations", .array(violations.map(\.json))),
            ("recipients", .array(recipients.map(\.json))),
        ]
        if let trace { members.append(("trace", .array(trace.map(\.json)))) }
        members.append(("level_by", .string(levelBy)))
        return .object(members)
    }
}

extension Violation {
    /// `{rule, severity, message, suggest, source}`.
    public var json: JSONValue {
        .object([
            ("rule", .string(rule)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("suggest", .optional(suggest)),
            ("source", .string(source.description)),
        ])
    }
}

extension RecipientDecision {
    /// The per-recipient fields, plus `notes` saying why a field is missing and `decided_by`.
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("timezone", .string(timezone)),
            ("local_time", .string(localTime.description)),
            ("state", .string(state.rawValue)),
            ("reply_within", .string(replyWithin.description)),
            ("deadline", .optional(deadline?.description)),
            ("notify", .string(notify.rawValue)),
            ("notify_at", .optional(notifyAt?.description)),
            ("escalation", escalation.map(\.json) ?? .null),
            ("rules", .array(rules.map(JSONValue.string))),
            ("notes", .array(notes.map(JSONValue.string))),
            ("decided_by", decidedBy.json),
        ])
    }
}

extension DecidedBy {
    /// `{reply_within, notify, escalation}`; `escalation` is `null` when there is none.
    public var json: JSONValue {
        .object([("reply_within", .string(replyWithin)), ("notify", .string(notify)), ("escalation", .optional(escalation))])
    }
}

extension EscalationDecision {
    /// `{at, via, to}`; `to` is `null` when the recipient has no backup.
    public var json: JSONValue {
        .object([("at", .string(at.description)), ("via", .string(via)), ("to", .optional(to))])
    }
}

extension RuleTrace {
    /// `{recipient, rule, held, failed_condition, source, condition}`; `condition` is the failure
    /// as data, `null` when the rule held.
    public var json: JSONValue {
        .object([
            ("recipient", .optional(recipient)),
            ("rule", .string(rule)),
            ("held", .bool(held)),
            ("failed_condition", .optional(failedCondition)),
            ("source", .string(source.description)),
            ("condition", failure.map(\.json) ?? .null),
        ])
    }
}

extension ConditionFailure {
    /// `{key, expected, actual, source}`.
    public var json: JSONValue {
        .object([
            ("key", .string(key.rawValue)),
            ("expected", .array(expected.map(JSONValue.string))),
            ("actual", .optional(actual)),
            ("source", .string(position.description)),
        ])
    }
}
