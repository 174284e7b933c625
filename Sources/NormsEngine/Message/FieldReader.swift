import NormsPolicy
import NormsSource
import NormsYAML

/// Typed reads of a message's fields that record a positioned problem instead of failing.
struct FieldReader {
    /// A message's top-level fields, looked up by name a dozen times per message.
    ///
    /// Names are compared as strings in a list: a message has about ten fields with short names,
    /// for which that is cheaper than hashing, and cheaper than ``YAMLMapping``'s lookup, which
    /// copies each key's scalar to compare it.
    struct Fields {
        private var names: [String] = []
        private var nodes: [YAMLNode] = []

        init(_ mapping: YAMLMapping) {
            names.reserveCapacity(mapping.entries.count)
            nodes.reserveCapacity(mapping.entries.count)
            for entry in mapping.entries {
                guard case .scalar(let key) = entry.key.content else { continue }
                names.append(key.value)
                nodes.append(entry.value)
            }
        }

        subscript(name: String) -> YAMLNode? {
            names.firstIndex(of: name).map { nodes[$0] }
        }
    }

    let mapping: Fields
    let span: SourceSpan
    private(set) var problems: [Diagnostic] = []

    init(mapping: YAMLMapping, span: SourceSpan) {
        self.mapping = Fields(mapping)
        self.span = span
    }

    mutating func requiredString(_ key: String) -> Located<String>? {
        guard mapping[key] != nil else {
            problems.append(Diagnostic(code: "message.missing-field", message: "the message has no '\(key)'",
                                       span: span, help: "add '\(key):' to the message"))
            return nil
        }
        return string(key)
    }

    mutating func string(_ key: String) -> Located<String>? {
        guard let node = mapping[key] else { return nil }
        return text(node, field: key)
    }

    private mutating func text(_ node: YAMLNode, field: String) -> Located<String>? {
        guard let scalar = node.scalar, scalar.resolved != .null else {
            problems.append(wrongType(field, expected: "a string", node: node))
            return nil
        }
        return Located(scalar.value, at: node.span)
    }

    /// A field that must be a string itself, not a number or a boolean written for one: an
    /// identifier is echoed back as it was given, so `12` and `"12"` must not both read as `12`.
    mutating func identifier(_ key: String) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let text = node.scalar?.string else {
            problems.append(wrongType(key, expected: "a string", node: node))
            return nil
        }
        return text
    }

    mutating func stringList(_ key: String, required: Bool) -> [Located<String>] {
        guard let node = mapping[key] else {
            if required {
                problems.append(Diagnostic(code: "message.missing-field", message: "the message has no '\(key)'",
                                           span: span, help: "add '\(key): [ID, ...]' to the message"))
            }
            return []
        }
        if node.scalar != nil { return text(node, field: key).map { [$0] } ?? [] }
        guard let items = node.sequence else {
            problems.append(wrongType(key, expected: "a string or a list of strings", node: node))
            return []
        }
        if required && items.isEmpty {
            problems.append(Diagnostic(code: "message.missing-field", message: "'\(key)' is empty", span: node.span,
                                       help: "name at least one recipient"))
        }
        return items.compactMap { text($0, field: key) }
    }

    mutating func timestamp(_ key: String, required: Bool) -> Located<Timestamp>? {
        guard let node = mapping[key] else {
            if required {
                problems.append(Diagnostic(code: "message.missing-field", message: "the message has no '\(key)'", span: span,
                                           help: "add '\(key): 2026-11-25T18:30:00+01:00' (with an offset or Z)"))
            }
            return nil
        }
        return timestamp(node, field: key)
    }

    private mutating func timestamp(_ node: YAMLNode, field: String) -> Located<Timestamp>? {
        guard let text = node.scalar?.value, let stamp = Timestamp.parse(text) else {
            problems.append(Diagnostic(
                code: "message.invalid-timestamp", message: "invalid timestamp '\(node.scalar?.value ?? node.description)' for '\(field)'",
                span: node.span, help: "write an RFC 3339 timestamp with an offset or Z, such as 2026-11-25T18:30:00+01:00"))
            return nil
        }
        return Located(stamp, at: node.span)
    }

    mutating func statuses() -> [Message.Status] {
        guard let node = mapping["status"] else { return [] }
        guard let entries = node.mapping?.entries else {
            problems.append(wrongType("status", expected: "a mapping from recipient to status", node: node))
            return []
        }
        return entries.compactMap { entry in
            guard let recipient = text(entry.key, field: "status") else { return nil }
            let stateNode = entry.value.mapping?["state"] ?? entry.value
            if let mapping = entry.value.mapping {
                for key in mapping.entries.compactMap({ $0.key.scalar }) where !["state", "until"].contains(key.value) {
                    problems.append(Diagnostic(code: "message.unknown-key", message: "unknown status field '\(key.value)'",
                                               span: entry.value.span, help: "a status is {state: focus, until: TIMESTAMP}"))
                }
            }
            guard let name = stateNode.scalar?.value, let status = LiveStatus(rawValue: name) else {
                let names = LiveStatus.allCases.map(\.rawValue)
                problems.append(Diagnostic(
                    code: "message.invalid-status", message: "invalid live status '\(stateNode.scalar?.value ?? stateNode.description)'",
                    span: stateNode.span,
                    help: Suggestions.didYouMean(stateNode.scalar?.value ?? "", in: names) ?? "use one of \(names.joined(separator: ", "))"))
                return nil
            }
            let until = entry.value.mapping?["until"].flatMap { timestamp($0, field: "until") }
            return Message.Status(recipient: recipient, status: Located(status, at: stateNode.span), until: until?.value)
        }
    }

    mutating func meeting() -> Message.Meeting? {
        guard let node = mapping["meeting"] else { return nil }
        guard let fields = node.mapping else {
            problems.append(wrongType("meeting", expected: "a mapping", node: node))
            return nil
        }
        let known = ["starts_at", "agenda", "prework_shared_at"]
        for entry in fields.entries {
            let key = entry.key.scalar?.value ?? ""
            if !known.contains(key) {
                problems.append(Diagnostic(code: "message.unknown-key", message: "unknown meeting field '\(key)'", span: entry.key.span,
                                           help: Suggestions.didYouMean(key, in: known) ?? "the fields are \(known.joined(separator: ", "))"))
            }
        }
        var agenda: Bool?
        if let agendaNode = fields["agenda"] {
            if case .bool(let value) = agendaNode.scalar?.resolved { agenda = value } else {
                problems.append(wrongType("agenda", expected: "true or false", node: agendaNode))
            }
        }
        return Message.Meeting(
            startsAt: fields["starts_at"].flatMap { timestamp($0, field: "starts_at") }?.value, agenda: agenda,
            preworkSharedAt: fields["prework_shared_at"].flatMap { timestamp($0, field: "prework_shared_at") }?.value,
            span: node.span)
    }

    private func wrongType(_ field: String, expected: String, node: YAMLNode) -> Diagnostic {
        Diagnostic(code: "message.wrong-type", message: "'\(field)' must be \(expected), found \(node.kindName)", span: node.span,
                   help: "write '\(field)' as \(expected)")
    }
}
