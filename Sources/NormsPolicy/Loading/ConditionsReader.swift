import NormsSource
import NormsYAML

/// Reads the conditions of a rule's `when` or `unless`.
struct ConditionsReader {
    let reader: NodeReader
    let vocabulary: Vocabulary

    static let keys = ["channel", "kind", "level", "tags", "keywords", "from", "to", "recipient_state"]

    private var log: DiagnosticLog { reader.log }

    /// Reads a conditions map; names of channels, kinds, people and teams are checked later by
    /// ``ReferenceValidator``, level names here.
    func conditions(_ field: Field) -> Conditions? {
        guard let map = reader.map(field, known: Self.keys, expected: "a mapping of conditions") else { return nil }
        // Read in the order of the keys, as the diagnostics of each are reported in that order.
        let channel = map["channel"].flatMap { reader.strings($0, expected: "a channel id") }
        let kind = map["kind"].flatMap { reader.strings($0, expected: "a kind") }
        let level = map["level"].flatMap(level)
        let tags = map["tags"].flatMap(tags)
        let keywords = map["keywords"].flatMap { reader.strings($0, expected: "a keyword") }
        let from = map["from"].flatMap { reader.strings($0, expected: "a person, team or role id") }
        let to = map["to"].flatMap { reader.strings($0, expected: "a person, team or role id") }
        let recipientState = map["recipient_state"].flatMap(recipientStates)
        return Conditions(channel: channel, kind: kind, level: level, tags: tags, keywords: keywords, from: from, to: to,
                          recipientState: recipientState, span: field.node.span)
    }

    private static let tagKeys = ["any", "all"]

    // MARK: - Level

    /// Reads a level name, a list of names (any of), or a comparison such as `">= high"`.
    private func level(_ field: Field) -> Located<LevelCondition>? {
        if let items = field.node.sequence {
            let names = field.items(items).compactMap { reader.string($0, expected: "a level name") }
            let allKnown = names.map { isLevel($0, in: field) }.allSatisfy { $0 }
            guard names.count == items.count, allKnown else { return nil }
            return Located(.anyOf(names.map(\.value)), at: field.span)
        }
        guard let text = reader.string(field, expected: "a level, a list of levels or a comparison such as '>= high'") else {
            return nil
        }
        let condition: LevelCondition
        do {
            condition = try LevelCondition.parseComparison(text.value) ?? .anyOf([text.value])
        } catch {
            log.error(error, at: text.span)
            return nil
        }
        let name = Located(condition.levelNames[0], at: text.span)
        return isLevel(name, in: field) ? Located(condition, at: text.span) : nil
    }

    private func isLevel(_ name: Located<String>, in field: Field) -> Bool {
        guard !vocabulary.levels.contains(name.value) else { return true }
        log.error(.unknownLevel, "unknown level \(quoted: name.value) in \(quoted: field.path)", at: name.span,
                  help: Suggestions.didYouMean(name.value, in: vocabulary.levels)
                    ?? "the levels are " + vocabulary.levels.map { "\(quoted: $0)" }.joined(separator: ", "))
        return false
    }

    // MARK: - Tags

    /// Reads a tag, a list of tags (any of), `{any: [...]}` or `{all: [...]}`.
    private func tags(_ field: Field) -> Located<Conditions.TagMatch>? {
        guard field.node.mapping != nil else {
            return reader.strings(field, expected: "a tag").map { Located(.any($0), at: field.span) }
        }
        guard let map = reader.map(field, known: Self.tagKeys, expected: "tags") else { return nil }
        switch (map["any"], map["all"]) {
        case (let any?, nil):
            return reader.strings(any, expected: "a tag").map { Located(.any($0), at: field.span) }
        case (nil, let all?):
            return reader.strings(all, expected: "a tag").map { Located(.all($0), at: field.span) }
        case (_?, let all?):
            log.error(.conflictingKeys, "'tags' takes 'any' or 'all', not both", at: all.keySpan,
                      help: "write two rules, or one list under 'all' when every tag must be present")
        case (nil, nil):
            log.error(.missingKey, "missing key 'any' or 'all' in \(field.label)", at: field.keySpan,
                      help: "write {any: [a, b]} when one of the tags is enough, {all: [a, b]} when every one is needed")
        }
        return nil
    }

    // MARK: - Recipient state

    private func recipientStates(_ field: Field) -> [Located<RecipientState>]? {
        if field.node.mapping != nil || field.node.isNull {
            reader.wrongType(field, expected: "a recipient state or a list of them")
            return nil
        }
        return reader.choices(field, of: RecipientState.self)
    }
}
