import NormsSource
import NormsYAML

/// Reads the composed list of rules.
struct RuleReader {
    let reader: NodeReader
    let vocabulary: Vocabulary

    static let keys = ["id", "description", "when", "unless", "then", "mode", "owner", "expires", "override"]
    private static let requiredKeys = ["id", "then"]
    private static let missingHelp = [
        "id": "add 'id: some-kebab-case-id', unique across the policy and its bases",
        "then": "add 'then:' with at least one effect, such as '{reply_within: 4 business hours}'",
    ]

    private var log: DiagnosticLog { reader.log }

    /// Reads every rule that has an id; a rule without one cannot be named and is skipped.
    ///
    /// Each item is emptied once read, so that its YAML is freed while the rules are built.
    func rules(releasing items: inout [YAMLNode]) -> [NormRule] {
        var rules: [NormRule] = []
        rules.reserveCapacity(items.count)
        for index in items.indices {
            if let rule = rule(items[index], number: index + 1) { rules.append(rule) }
            items[index] = Self.vacated
        }
        return rules
    }

    /// The path of the rules, shared by every rule's own path (`rules.urgent`).
    private static let rulesPath = FieldPath("rules", document: "the policy")

    /// What an item's place holds once the item is read: a node that owns nothing.
    private static let vacated = YAMLNode(.scalar(YAMLScalar(value: "", style: .plain)), span: .synthetic(""))

    private func rule(_ item: YAMLNode, number: Int) -> NormRule? {
        let peekedID = item["id"]?.stringValue
        let field = peekedID.map { Field(node: item, name: $0, below: Self.rulesPath) } ?? Field(node: item, path: "rules[\(number)]")
        guard let map = reader.map(field, known: Self.keys, required: Self.requiredKeys, missingHelp: Self.missingHelp,
                                   expected: "a rule (a mapping with 'id', 'when' and 'then')") else { return nil }
        guard let id = map["id"].flatMap({ reader.string($0, expected: "a rule id") }) else { return nil }
        checkKebabCase(id)
        let conditions = ConditionsReader(reader: reader, vocabulary: vocabulary)
        let (whenField, unlessField, thenField) = (map["when"], map["unless"], map["then"])
        let when = whenField.flatMap(conditions.conditions)
        let unless = unlessField.flatMap(conditions.conditions)
        let then = thenField.flatMap { EffectsReader(reader: reader).effects($0) } ?? Effects(span: thenField?.span ?? field.span)
        if let level = then.level {
            checkRecipientIndependence(id: id.value, level: level, conditions: [whenField, unlessField])
        }
        return NormRule(
            id: id,
            description: map.optional("description").flatMap { reader.text($0) },
            when: when,
            unless: unless,
            then: then,
            mode: map["mode"].flatMap { reader.choice($0, of: NormRule.Mode.self) } ?? Located(.enforce, at: .synthetic("default mode")),
            owner: map["owner"].flatMap { reader.string($0, expected: "a person or team id") },
            expires: map["expires"].flatMap(ScheduleReader(reader: reader).date),
            override: map["override"].flatMap(reader.bool),
            span: item.span
        )
    }

    // MARK: - Checks

    /// A rule id is kebab-case: `^[a-z0-9]+(-[a-z0-9]+)*$`.
    static func isKebabCase(_ id: String) -> Bool {
        // Over the contiguous bytes, which cost a tenth of walking `utf8` for a short id.
        var id = id
        return id.withUTF8 { bytes in
            var wordIsEmpty = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    wordIsEmpty = false
                case UInt8(ascii: "-"):
                    guard !wordIsEmpty else { return false }
                    wordIsEmpty = true
                default:
                    return false
                }
            }
            return !wordIsEmpty
        }
    }

    /// The kebab-case spelling of an id: lowercase ASCII letters and digits joined by single dashes.
    static func kebabCase(_ id: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: "-")
    }

    private func checkKebabCase(_ id: Located<String>) {
        guard !Self.isKebabCase(id.value) else { return }
        let suggestion = Self.kebabCase(id.value)
        log.error(.invalidRuleID, "rule id \(quoted: id.value) is not kebab-case", at: id.span,
                  help: suggestion.isEmpty
                    ? "write lowercase words and digits joined by '-', such as 'urgent-breaks-through'"
                    : "did you mean \(quoted: suggestion)? Rule ids are lowercase words and digits joined by '-'",
                  replacement: suggestion.isEmpty ? nil : suggestion)
    }

    /// The level belongs to the message, so a rule that sets it may not look at the recipient.
    private func checkRecipientIndependence(id: String, level: Located<String>, conditions: [Field?]) {
        for case let field? in conditions {
            guard let mapping = field.node.mapping else { continue }
            for key in ["to", "recipient_state"] {
                guard let entry = mapping.entry(key) else { continue }
                log.error(.levelRuleDependsOnRecipient,
                          "rule \(quoted: id) sets a level, so its \(quoted: field.keyName ?? "when") may not use \(quoted: key)",
                          at: entry.key.span,
                          help: "a level belongs to the message, not to one recipient: remove \(quoted: key) or move the 'level' effect into a rule without it",
                          notes: [.init("the level is set here", at: level.span)])
            }
        }
    }
}
