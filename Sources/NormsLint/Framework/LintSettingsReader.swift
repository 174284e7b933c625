import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a file's own `lint` settings from its YAML tree, for a file whose policy could not be
/// built: its suppressions still apply, so that fixing one problem does not bring back others.
enum LintSettingsReader {
    static func read(_ root: YAMLNode?) -> LintSettings {
        guard let lint = root?["lint"] else { return LintSettings() }
        var settings = LintSettings()
        if let disable = lint["disable"] {
            let items = disable.sequence ?? [disable]
            settings.disabled = items.compactMap { item in item.scalar?.string.map { Located($0, at: item.span) } }
        }
        for entry in lint["severity"]?.mapping?.entries ?? [] {
            guard let id = entry.key.scalar?.string, let name = entry.value.scalar?.string,
                  let severity = Severity(rawValue: name) else { continue }
            settings.severities.append((rule: Located(id, at: entry.key.span), severity: Located(severity, at: entry.value.span)))
        }
        return settings
    }
}
