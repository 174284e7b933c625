import NormsSource

/// A policy's own settings for `norms lint`.
public struct LintSettings: Sendable {
    /// Rule ids that are not reported for this policy.
    public var disabled: [Located<String>]
    /// Severities that replace rules' defaults.
    public var severities: [(rule: Located<String>, severity: Located<Severity>)]

    public init(disabled: [Located<String>] = [], severities: [(rule: Located<String>, severity: Located<Severity>)] = []) {
        self.disabled = disabled
        self.severities = severities
    }
}
