import NormsSource

/// A check over a policy that documents itself: its ``RuleDescription`` names it, explains it and
/// gives the examples that serve both as its documentation and as its tests.
///
/// A rule is a small value type with no state. The ``Linter`` creates it with `init()` and calls
/// ``check(_:)`` once per linted policy file.
public protocol LintRule: Sendable {
    /// The rule's id, name, category, default severity, explanation and examples.
    static var description: RuleDescription { get }

    init()

    /// Finds the problems this rule is about.
    /// - Parameter context: the policy file being linted, its YAML tree and, when it could be
    ///   built, the composed ``NormsPolicy/Policy``.
    /// - Returns: findings at the rule's default severity, in any order.
    func check(_ context: LintContext) -> [Finding]
}

extension LintRule {
    /// A finding of this rule at its default severity.
    /// - Parameters:
    ///   - message: one sentence, lowercase start, no trailing period, the bad value quoted.
    ///   - span: where the finding points.
    ///   - help: how to fix it.
    ///   - notes: secondary positions that explain the main one.
    public func finding(
        _ message: String, at span: SourceSpan, help: String? = nil, notes: [Diagnostic.Note] = []
    ) -> Finding {
        Finding(ruleID: Self.description.id, severity: Self.description.defaultSeverity, message: message, span: span,
                help: help, notes: notes)
    }
}

/// A rule whose findings are the policy loader's own diagnostics: the loader already rejects
/// these problems, and the linter reports each under a rule id that can be documented. Its
/// warnings can be disabled and re-rated like any other rule's; its errors cannot
/// (``Finding/isLoadError``), as `norms check` cannot load the policy either.
public protocol LoaderDiagnosticRule: LintRule {
    /// The loader diagnostic codes this rule reports (`policy.unknown-key`, `yaml.syntax`…).
    static var diagnosticCodes: [String] { get }
}

extension LoaderDiagnosticRule {
    public func check(_ context: LintContext) -> [Finding] {
        context.loaderFindings(for: Self.description.id)
    }
}
