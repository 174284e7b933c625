import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a case's `expect:` mapping into an ``Expectation``, reporting every key that is not a
/// decision field and every value that cannot be compared.
struct ExpectationReader {
    let reader: NodeReader

    private var log: DiagnosticLog { reader.log }

    /// Reads `expect:`; `nil` when a problem was reported.
    func read(_ expect: Field) -> Expectation? {
        guard let mapping = expect.node.mapping else {
            reader.wrongType(expect, expected: "a mapping of decision fields")
            return nil
        }
        let before = log.diagnostics.count
        var fields: [ExpectedField] = []
        var error: (Located<String?>?, YAMLNode)?
        for entry in mapping.entries {
            let key = entry.key.keyText ?? entry.key.description
            let value = expect.child(key, keySpan: entry.keySpan, value: entry.value)
            switch key {
            case "policy": text(value, .policy).map { fields.append($0) }
            case "level": text(value, .level).map { fields.append($0) }
            case "needs_immediate_reply":
                reader.bool(value).map { fields.append(ExpectedField(field: .needsImmediateReply, value: .bool($0.value), span: $0.span)) }
            case "allowed":
                reader.bool(value).map { fields.append(ExpectedField(field: .allowed, value: .bool($0.value), span: $0.span)) }
            case "violations":
                ids(value).map { fields.append(ExpectedField(field: .violations, value: $0, span: value.node.span)) }
            case "rules":
                ids(value).map { fields.append(ExpectedField(field: .rules, value: $0, span: value.node.span)) }
            case "recipients": fields += recipients(value)
            case "error": error = self.error(value).map { ($0, entry.key) }
            default: unknownField(key, at: entry.key.span)
            }
        }
        guard log.diagnostics.count == before else { return nil }
        guard let (flag, key) = error, let expected = flag else { return .decision(fields) }
        guard fields.isEmpty else {
            log.report(.test(.invalidValue, "'error' cannot be combined with decision fields", at: key.span,
                             help: "a rejected message has no decision; move the other fields to another case"))
            return nil
        }
        return .error(expected)
    }

    /// Reports a top-level `expect` key that is not a decision field, with the closest field.
    private func unknownField(_ key: String, at span: SourceSpan) {
        let recipientNames = RecipientField.allCases.map(\.rawValue)
        var help = "the fields are \(DecisionField.topLevelKeys.map { "\(quoted: $0)" }.joined(separator: ", "))"
        if let closest = Suggestions.closest(to: key, in: DecisionField.topLevelKeys + recipientNames) {
            help = "did you mean \(quoted: closest)?"
            if !DecisionField.topLevelKeys.contains(closest) {
                help += " (a recipient's fields go under 'recipients: {ID: {\(closest): ...}}')"
            }
        }
        log.report(.test(.unknownExpectField, "\(quoted: key) is not a field of a decision", at: span, help: help))
    }

    // MARK: - Fields

    private func text(_ value: Field, _ field: DecisionField) -> ExpectedField? {
        reader.text(value).map { ExpectedField(field: field, value: .text($0), span: value.node.span) }
    }

    /// Rule ids: one id, or a list of them (`[]` for none).
    private func ids(_ value: Field) -> ExpectedValue? {
        reader.texts(value, expected: "an id or a list of ids").map { .ids($0.map(\.value)) }
    }

    /// `error: true` (any rejection: `.some(Located(nil))`), `error: false` (a decision: `.some(nil)`), or
    /// `error: TEXT` (a rejection whose message contains TEXT, or whose code is TEXT); `nil` after a problem.
    private func error(_ value: Field) -> Located<String?>?? {
        switch value.node.scalar?.resolved {
        case .bool(true)?: return .some(Located(nil, at: value.node.span))
        case .bool(false)?: return .some(nil)
        case .string(let text)?: return .some(Located(text, at: value.node.span))
        default:
            reader.wrongType(value, expected: "true, false or a text the error contains")
            return nil
        }
    }

    private func recipients(_ value: Field) -> [ExpectedField] {
        guard let entries = reader.idEntries(value, expected: "a mapping from recipient id to expected fields") else { return [] }
        var fields: [ExpectedField] = []
        for (id, expectation) in entries {
            let whole = ExpectedField(field: .recipient(id.value, nil), value: .bool(true), span: id.span)
            if expectation.node.isNull {
                fields.append(whole)
                continue
            }
            guard let recipient = reader.idEntries(expectation, expected: "a mapping of a recipient's expected fields")
            else { continue }
            if recipient.isEmpty { fields.append(whole) }
            for (name, field) in recipient {
                recipientField(id: id.value, name: name, value: field).map { fields.append($0) }
            }
        }
        return fields
    }

    private func recipientField(id: String, name: Located<String>, value: Field) -> ExpectedField? {
        guard let field = RecipientField(rawValue: name.value) else {
            let names = RecipientField.allCases.map(\.rawValue)
            log.report(.test(.unknownExpectField, "\(quoted: name.value) is not a field of a recipient's decision", at: name.span,
                             help: Suggestions.didYouMean(name.value, in: names)
                                 ?? "the fields are \(names.map { "\(quoted: $0)" }.joined(separator: ", "))"))
            return nil
        }
        let expected: ExpectedValue?
        switch field {
        case .timezone: expected = timezone(value).map(ExpectedValue.text)
        case .state: expected = reader.choice(value, RecipientState.self).map { .text($0.value.rawValue) }
        case .notify: expected = reader.choice(value, Notify.self).map { .text($0.value.rawValue) }
        case .rules: expected = ids(value)
        case .replyWithin: expected = duration(value)
        case .localTime, .deadline, .notifyAt: expected = instant(value).map(ExpectedValue.instant)
        case .escalation: expected = escalation(value)
        }
        return expected.map { ExpectedField(field: .recipient(id, field), value: $0, span: value.node.span) }
    }

    /// An expected zone: a region id, `UTC` or an alias, as a policy may hold. An abbreviation,
    /// a fixed offset or an unknown id is a problem, with the region ids to write, as in a policy.
    private func timezone(_ value: Field) -> String? {
        guard let text = reader.text(value) else { return nil }
        let zone = ZoneID.classify(text)
        guard zone.severity == .error, let message = zone.message else { return text }
        log.report(.test(.invalidValue, message, at: value.node.span, help: zone.help))
        return nil
    }

    private func duration(_ value: Field) -> ExpectedValue? {
        guard let text = reader.text(value) else { return nil }
        do {
            return .duration(try PolicyDuration.parse(text))
        } catch {
            log.report(.test(.invalidValue, "\(quoted: text) is not a duration", at: value.node.span,
                             help: "write \(PolicyDuration.acceptedForms)"))
            return nil
        }
    }

    /// A timestamp with an offset, or `null`; `nil` when a problem was reported.
    private func instant(_ value: Field) -> Timestamp?? {
        if value.node.isNull { return .some(nil) }
        guard let text = reader.text(value) else { return nil }
        guard let timestamp = Timestamp.parse(text) else {
            log.report(.test(.invalidValue, "\(quoted: text) is not a timestamp with an offset", at: value.node.span,
                             help: "write an RFC 3339 instant such as 2026-11-25T18:30:00+01:00 or 2026-11-25T17:30:00Z"))
            return nil
        }
        return .some(timestamp)
    }

    private func escalation(_ value: Field) -> ExpectedValue? {
        if value.node.isNull { return .escalation(nil) }
        let before = log.diagnostics.count
        guard let fields = reader.map(value, known: ["at", "via", "to"], expected: "a mapping with 'at', 'via' and 'to', or null")
        else { return nil }
        var expected = EscalationExpectation()
        if let at = fields["at"] {
            switch instant(at) {
            case .some(let timestamp?): expected.at = timestamp
            case .some(nil):
                log.report(.test(.invalidValue, "an escalation always has a time", at: at.node.span,
                                 help: "write 'escalation: null' to expect no escalation"))
            case nil: break
            }
        }
        if let via = fields["via"] { expected.via = reader.text(via) }
        if let to = fields["to"] { expected.to = to.node.isNull ? .some(nil) : reader.text(to).map { .some($0) } }
        return log.diagnostics.count == before ? .escalation(expected) : nil
    }
}
