import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a case's `expect:` mapping into an ``Expectation``, reporting every key that is not a
/// decision field and every value that cannot be compared.
struct ExpectationReader {
    var checker: NodeChecker

    /// Reads `expect:`; `nil` when a problem was reported.
    mutating func read(_ node: YAMLNode) -> Expectation? {
        guard let mapping = checker.mapping(node, "'expect'") else { return nil }
        let before = checker.problems.count
        var fields: [ExpectedField] = []
        var error: (Located<String?>?, YAMLNode)?
        for entry in mapping.entries {
            let key = NodeChecker.name(of: entry.key)
            let value = entry.value
            switch key {
            case "policy": text(value, "'policy'", .policy).map { fields.append($0) }
            case "level": text(value, "'level'", .level).map { fields.append($0) }
            case "needs_immediate_reply":
                checker.bool(value, "'needs_immediate_reply'").map {
                    fields.append(ExpectedField(field: .needsImmediateReply, value: .bool($0), span: value.span))
                }
            case "allowed":
                checker.bool(value, "'allowed'").map { fields.append(ExpectedField(field: .allowed, value: .bool($0), span: value.span)) }
            case "violations":
                checker.strings(value, "'violations'").map { fields.append(ExpectedField(field: .violations, value: .ids($0), span: value.span)) }
            case "rules":
                checker.strings(value, "'rules'").map { fields.append(ExpectedField(field: .rules, value: .ids($0), span: value.span)) }
            case "recipients": fields += recipients(value)
            case "error": error = self.error(value).map { ($0, entry.key) }
            default: unknownField(key, at: entry.key.span)
            }
        }
        guard checker.problems.count == before else { return nil }
        guard let (flag, key) = error, let expected = flag else { return .decision(fields) }
        guard fields.isEmpty else {
            checker.report(.test(.invalidValue, "'error' cannot be combined with decision fields", at: key.span,
                                 help: "a rejected message has no decision; move the other fields to another case"))
            return nil
        }
        return .error(expected)
    }

    /// Reports a top-level `expect` key that is not a decision field, with the closest field.
    private mutating func unknownField(_ key: String, at span: SourceSpan) {
        let recipientNames = RecipientField.allCases.map(\.rawValue)
        var help = "the fields are \(NodeChecker.list(DecisionField.topLevelKeys))"
        if let closest = Suggestions.closest(to: key, in: DecisionField.topLevelKeys + recipientNames) {
            help = "did you mean \(quoted: closest)?"
            if !DecisionField.topLevelKeys.contains(closest) {
                help += " (a recipient's fields go under 'recipients: {ID: {\(closest): ...}}')"
            }
        }
        checker.report(.test(.unknownExpectField, "\(quoted: key) is not a field of a decision", at: span, help: help))
    }

    // MARK: - Fields

    private mutating func text(_ node: YAMLNode, _ what: String, _ field: DecisionField) -> ExpectedField? {
        checker.string(node, what).map { ExpectedField(field: field, value: .text($0), span: node.span) }
    }

    /// `error: true` (any rejection: `.some(Located(nil))`), `error: false` (a decision: `.some(nil)`), or
    /// `error: TEXT` (a rejection whose message contains TEXT, or whose code is TEXT); `nil` after a problem.
    private mutating func error(_ node: YAMLNode) -> Located<String?>?? {
        switch node.scalar?.resolved {
        case .bool(true)?: return .some(Located(nil, at: node.span))
        case .bool(false)?: return .some(nil)
        case .string(let text)?: return .some(Located(text, at: node.span))
        default:
            checker.report(.test(.wrongType, "'error' must be true, false or a text the error contains, found \(node.kindName)",
                                 at: node.span))
            return nil
        }
    }

    private mutating func recipients(_ node: YAMLNode) -> [ExpectedField] {
        guard let mapping = checker.mapping(node, "'recipients'") else { return [] }
        var fields: [ExpectedField] = []
        for entry in mapping.entries {
            guard let id = checker.string(entry.key, "a recipient id") else { continue }
            if let scalar = entry.value.scalar, scalar.resolved == .null {
                fields.append(ExpectedField(field: .recipient(id, nil), value: .bool(true), span: entry.key.span))
                continue
            }
            guard let recipient = checker.mapping(entry.value, "the expectation for \(quoted: id)") else { continue }
            if recipient.entries.isEmpty {
                fields.append(ExpectedField(field: .recipient(id, nil), value: .bool(true), span: entry.key.span))
            }
            for field in recipient.entries {
                recipientField(id: id, key: field.key, value: field.value).map { fields.append($0) }
            }
        }
        return fields
    }

    private mutating func recipientField(id: String, key: YAMLNode, value: YAMLNode) -> ExpectedField? {
        let name = NodeChecker.name(of: key)
        guard let field = RecipientField(rawValue: name) else {
            let names = RecipientField.allCases.map(\.rawValue)
            checker.report(.test(.unknownExpectField, "\(quoted: name) is not a field of a recipient's decision", at: key.span,
                                 help: Suggestions.didYouMean(name, in: names) ?? "the fields are \(NodeChecker.list(names))"))
            return nil
        }
        let what = "\(quoted: name)"
        let expected: ExpectedValue?
        switch field {
        case .timezone: expected = timezone(value).map(ExpectedValue.text)
        case .state: expected = checker.choice(value, "state", among: RecipientState.allCases.map(\.rawValue)).map(ExpectedValue.text)
        case .notify: expected = checker.choice(value, "notify value", among: Notify.allCases.map(\.rawValue)).map(ExpectedValue.text)
        case .rules: expected = checker.strings(value, what).map(ExpectedValue.ids)
        case .replyWithin: expected = duration(value)
        case .localTime, .deadline, .notifyAt: expected = instant(value, what).map(ExpectedValue.instant)
        case .escalation: expected = escalation(value)
        }
        return expected.map { ExpectedField(field: .recipient(id, field), value: $0, span: value.span) }
    }

    /// An expected zone: a region id, `UTC` or an alias, as a policy may hold. An abbreviation,
    /// a fixed offset or an unknown id is a problem, with the region ids to write, as in a policy.
    private mutating func timezone(_ node: YAMLNode) -> String? {
        guard let text = checker.string(node, "'timezone'") else { return nil }
        let zone = ZoneID.classify(text)
        guard zone.severity == .error, let message = zone.message else { return text }
        checker.report(.test(.invalidValue, message, at: node.span, help: zone.help))
        return nil
    }

    private mutating func duration(_ node: YAMLNode) -> ExpectedValue? {
        guard let text = checker.string(node, "'reply_within'") else { return nil }
        do {
            return .duration(try PolicyDuration.parse(text))
        } catch {
            checker.report(.test(.invalidValue, "\(quoted: text) is not a duration", at: node.span,
                                 help: "write \(PolicyDuration.acceptedForms)"))
            return nil
        }
    }

    /// A timestamp with an offset, or `null`; `nil` when a problem was reported.
    private mutating func instant(_ node: YAMLNode, _ what: String) -> Timestamp?? {
        guard let text = checker.optionalString(node, what) else { return nil }
        guard let text else { return .some(nil) }
        guard let timestamp = Timestamp.parse(text) else {
            checker.report(.test(.invalidValue, "\(quoted: text) is not a timestamp with an offset", at: node.span,
                                 help: "write an RFC 3339 instant such as 2026-11-25T18:30:00+01:00 or 2026-11-25T17:30:00Z"))
            return nil
        }
        return .some(timestamp)
    }

    private mutating func escalation(_ node: YAMLNode) -> ExpectedValue? {
        if let scalar = node.scalar, scalar.resolved == .null { return .escalation(nil) }
        guard let mapping = checker.mapping(node, "'escalation' (or null)") else { return nil }
        let before = checker.problems.count
        checker.checkKeys(mapping, allowed: ["at", "via", "to"], in: "an expected escalation")
        var expected = EscalationExpectation()
        if let at = mapping["at"] {
            switch instant(at, "'at'") {
            case .some(let timestamp?): expected.at = timestamp
            case .some(nil):
                checker.report(.test(.invalidValue, "an escalation always has a time", at: at.span,
                                     help: "write 'escalation: null' to expect no escalation"))
            case nil: break
            }
        }
        if let via = mapping["via"] { expected.via = checker.string(via, "'via'") }
        if let to = mapping["to"] { expected.to = checker.optionalString(to, "'to'") }
        return checker.problems.count == before ? .escalation(expected) : nil
    }
}
