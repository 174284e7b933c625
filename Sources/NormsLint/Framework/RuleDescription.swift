import NormsSource

/// Everything a lint rule says about itself: how it is named, how serious it is by default, why
/// it exists, and examples of policies that trigger it and policies that do not.
public struct RuleDescription: Sendable {
    /// A unique kebab-case id, such as `unknown-key`, used in output and in suppressions.
    public let id: String
    /// A Title Case name, such as `Unknown Key`.
    public let name: String
    public let category: LintCategory
    /// The severity of its findings unless a policy's `lint.severity` says otherwise.
    public let defaultSeverity: Severity
    /// One sentence: what the rule finds.
    public let summary: String
    /// Why it matters, in a short paragraph.
    public let rationale: String
    /// Policies the rule reports, with `↓` where each finding points.
    public let triggering: [Example]
    /// Policies the rule accepts.
    public let nonTriggering: [Example]
    /// When `true`, the rule runs only on policies the loader read without an error: its reasoning
    /// spans the whole policy, and a value the loader had to leave out could make it report a
    /// problem that is not there.
    public let requiresValidPolicy: Bool
    /// When `false`, the rule is not applied to a file that another linted file extends: it asks
    /// whether the policy is complete, and a base is completed by the policies built on it.
    public let appliesToBases: Bool
    /// When `true`, the rule also runs on a linted file that is not a policy (no top-level `norms`
    /// key); only such rules do, as the others would describe a policy the file never meant to be.
    public let appliesToNonPolicies: Bool

    public init(
        id: String, name: String, category: LintCategory, defaultSeverity: Severity, summary: String, rationale: String,
        triggering: [Example], nonTriggering: [Example], requiresValidPolicy: Bool = false, appliesToBases: Bool = true,
        appliesToNonPolicies: Bool = false
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.requiresValidPolicy = requiresValidPolicy
        self.appliesToBases = appliesToBases
        self.appliesToNonPolicies = appliesToNonPolicies
    }
}
