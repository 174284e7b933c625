import NormsSource

extension AuditReport {
    /// The report as the JSON object docs/audit.md describes (schema `teamnorms-audit`, version
    /// ``schemaVersion``). Durations are whole seconds of working time; shares are 0…1, or `null`
    /// when nothing was due.
    public var json: JSONValue {
        .object([
            ("schema", "teamnorms-audit"),
            ("version", .int(Self.schemaVersion)),
            ("policy", .string(policy)),
            ("as_of", .optional(asOf?.description)),
            ("lines", .int(lines)),
            ("messages", .int(messages)),
            ("errors", .int(errors)),
            ("allowed", .int(allowedMessages)),
            ("total", total.json),
            ("by_channel", .array(byChannel.map(\.json))),
            ("by_team", .array(byTeam.map(\.json))),
            ("by_person", .array(byPerson.map(\.json))),
            ("by_week", .array(byWeek.map(\.json))),
            ("rules", .array(rules.map { .object([("id", .string($0.id)), ("fired", .int($0.fired)), ("violations", .int($0.violations))]) })),
            ("dead_rules", .array(deadRules.map(JSONValue.string))),
            ("violations_by_rule", .array(violationsByRule.map(\.json))),
            ("top_violators", .array(topViolators.map(\.json))),
            ("top_violators_exact", .bool(topViolatorsExact)),
            ("channel_misuse", .array(channelMisuse.map(\.json))),
            ("heatmap", .object([
                ("actual", .array(heatmapActual.map { .array($0.map(JSONValue.int)) })),
                ("policy", .array(heatmapPolicy.map { .array($0.map(JSONValue.int)) })),
            ])),
        ])
    }
}

extension AuditReport.Row {
    var json: JSONValue {
        guard case .object(let members) = figures.json else { return .null }
        return .object([("key", .string(key))] + members)
    }
}

extension AuditReport.Count {
    var json: JSONValue { .object([("key", .string(key)), ("count", .int(count))]) }
}

extension Figures {
    /// The figures as a JSON object.
    public var json: JSONValue {
        .object([
            ("messages", .int(messages)),
            ("deliveries", .int(deliveries)),
            ("actual", actual.json),
            ("policy", policy.json),
            ("protected", .int(protected)),
            ("replies", replies.json),
            ("escalations", .object([("planned", .int(escalationsPlanned)), ("fired", .int(escalationsFired))])),
        ])
    }
}

extension InterruptionFigures {
    var json: JSONValue {
        .object([
            ("notifications", .int(notifications)),
            ("interruptions", .int(interruptions)),
            ("focus", .int(focus)),
            ("after_hours", .int(afterHours)),
            ("holiday", .int(holiday)),
            ("away", .int(away)),
        ])
    }
}

extension ReplyFigures {
    var json: JSONValue {
        .object([
            ("due", .int(due)),
            ("in_time", .int(inTime)),
            ("late", .int(late)),
            ("unanswered", .int(unanswered)),
            ("open", .int(open)),
            ("unknown", .int(unknown)),
            ("compliance", compliance.map(JSONValue.double) ?? .null),
            ("late_median_seconds", lateness.quantile(0.5).map(JSONValue.int) ?? .null),
            ("late_p90_seconds", lateness.quantile(0.9).map(JSONValue.int) ?? .null),
        ])
    }
}
