import NormsSource
import NormsYAML

/// Reads the policy-wide vocabularies and settings: `levels`, `default_level`, `kinds`, `lint`.
struct SettingsReader {
    let reader: NodeReader

    private var log: DiagnosticLog { reader.log }

    // MARK: - Levels

    /// Reads `levels`, least urgent first; the default list when absent or unusable.
    func levels(_ field: Field?) -> [Located<String>] {
        let defaults = Policy.defaultLevels.map { Located($0, at: .synthetic("default levels")) }
        guard let field, let names = reader.stringList(field, expected: "a level name") else { return defaults }
        guard !names.isEmpty else {
            log.error(.emptyLevels, "'levels' names no level", at: field.span,
                      help: "list the levels least urgent first, such as [low, normal, high, urgent], or remove 'levels' for that default")
            return defaults
        }
        return unique(names, code: .duplicateLevel, what: "level")
    }

    /// Reads `default_level`, which must be one of the levels; `normal` when absent.
    func defaultLevel(_ field: Field?, levels: [Located<String>], levelsField: Field?) -> Located<String> {
        let names = levels.map(\.value)
        let fallback = Located(names.contains("normal") ? "normal" : names[0], at: .synthetic("default default_level"))
        guard let field else {
            if !names.contains("normal"), let levelsField {
                log.error(.defaultLevelRequired, "'levels' has no 'normal', so 'default_level' must name the default level",
                          at: levelsField.span, help: "add 'default_level:' naming one of " + quoted(names))
            }
            return fallback
        }
        guard let level = reader.string(field, expected: "a level name") else { return fallback }
        guard names.contains(level.value) else {
            log.error(.unknownLevel, "unknown level \(quoted: level.value) for 'default_level'", at: level.span,
                      help: Suggestions.didYouMean(level.value, in: names) ?? "name one of the levels: " + quoted(names))
            return fallback
        }
        return level
    }

    // MARK: - Kinds

    /// Reads `kinds`, the only message kinds allowed.
    func kinds(_ field: Field) -> [Located<String>]? {
        reader.stringList(field, expected: "a kind name").map { unique($0, code: .duplicateKind, what: "kind") }
    }

    // MARK: - Lint

    /// Reads `lint: {disable: [...], severity: {RULE: error|warning|info}}`; rule ids are checked by the linter.
    func lint(_ field: Field) -> LintSettings? {
        guard let map = reader.map(field, known: ["disable", "severity"]) else { return nil }
        return lintSettings(from: map)
    }

    /// Reads `disable` and `severity` from a mapping that holds them (a policy's `lint`, a project
    /// configuration's `lint`).
    func lintSettings(from map: MapReader) -> LintSettings {
        var settings = LintSettings()
        settings.disabled = map["disable"].flatMap { reader.strings($0, expected: "a lint rule id") } ?? []
        if let severities = map["severity"], let entries = reader.idEntries(severities, expected: "a mapping from lint rule ids to severities") {
            settings.severities = entries.compactMap { entry in
                reader.choice(entry.value, of: Severity.self).map { (rule: entry.id, severity: $0) }
            }
        }
        return settings
    }

    // MARK: - Helpers

    /// The names without repeats, each repeat reported at its own position.
    private func unique(_ names: [Located<String>], code: PolicyDiagnosticCode, what: String) -> [Located<String>] {
        var result: [Located<String>] = []
        for name in names {
            if let first = result.first(where: { $0.value == name.value }) {
                log.error(code, "\(what) \(quoted: name.value) is listed twice", at: name.span,
                          help: "remove this \(quoted: name.value)", notes: [.init("first listed here", at: first.span)])
            } else {
                result.append(name)
            }
        }
        return result
    }

    private func quoted(_ names: [String]) -> String {
        names.map { "\(quoted: $0)" }.joined(separator: ", ")
    }
}
