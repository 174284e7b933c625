import NormsSource
import NormsYAML

/// The codes of problems in a project configuration (`.norms.yaml`). Codes are stable: tests and
/// CI configurations refer to them.
package enum ConfigDiagnosticCode: String, NodeReadingCode, CaseIterable {
    /// A value of the wrong YAML type.
    case wrongType = "config.wrong-type"
    /// A key the configuration does not have at that place.
    case unknownKey = "config.unknown-key"
    /// A required key is absent.
    case missingKey = "config.missing-key"
    /// A value outside its set (a format, a severity) or range (a percentage).
    case invalidValue = "config.invalid-value"
    /// A path that leads out of the configuration's folder.
    case pathOutsideFolder = "config.path-outside-folder"
    /// A lint rule id that no rule has (checked where the rules are known).
    case unknownLintRule = "config.unknown-lint-rule"
}
