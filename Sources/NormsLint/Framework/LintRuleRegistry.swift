/// Every lint rule, sorted by id.
public enum LintRuleRegistry {
    /// The registered rules, sorted by id.
    /// (Each rule's id is read once: a comparison that read two descriptions would copy each
    /// description, examples and all, some 250 times in all.)
    public static let rules: [any LintRule.Type] = unsorted.map { (id: $0.description.id, rule: $0) }
        .sorted { $0.id < $1.id }.map(\.rule)

    /// The registered rule ids, sorted.
    public static let ids: [String] = rules.map { $0.description.id }

    /// The rule with an id.
    public static func rule(id: String) -> (any LintRule.Type)? {
        rules.first { $0.description.id == id }
    }

    /// The rule that reports loader diagnostics no other rule claims.
    public static let fallbackRuleID = "invalid-value"

    /// The id of the rule reporting a loader diagnostic code, among `rules`; codes no rule claims
    /// go to ``fallbackRuleID``.
    public static func ruleID(forDiagnosticCode code: String, in rules: [any LintRule.Type] = rules) -> String {
        for rule in rules {
            if let loaderRule = rule as? any LoaderDiagnosticRule.Type, loaderRule.diagnosticCodes.contains(code) {
                return rule.description.id
            }
        }
        return fallbackRuleID
    }

    private static let unsorted: [any LintRule.Type] = [
        // Structure
        YAMLSyntaxRule.self,
        DuplicateKeyRule.self,
        UnknownKeyRule.self,
        MissingKeyRule.self,
        WrongTypeRule.self,
        InvalidValueRule.self,
        InvalidDurationRule.self,
        InvalidScheduleRule.self,
        InvalidDateRule.self,
        EmptySectionRule.self,
        DuplicateNameRule.self,
        InvalidRuleIDRule.self,
        BrokenExtendsRule.self,
        NotAPolicyRule.self,
        CalendarUnreadableRule.self,
        CalendarSyntaxRule.self,
        // References
        UnknownReferenceRule.self,
        PersonTeamClashRule.self,
        SelfBackupRule.self,
        TeamMembershipMismatchRule.self,
        // Schedules
        OverlappingWorkingHoursRule.self,
        FocusOutsideWorkingHoursRule.self,
        FocusCoversWorkingHoursRule.self,
        NoWorkingTimeRule.self,
        CalendarPatternUnmatchedRule.self,
        // Rules
        DuplicateRuleIDRule.self,
        LevelRuleDependsOnRecipientRule.self,
        UnmatchableRuleRule.self,
        ShadowedRuleRule.self,
        SilentImmediateReplyRule.self,
        NoUrgentPathRule.self,
        EscalationChannelNotAllowedRule.self,
        EscalationWithoutBackupRule.self,
        // Channels
        SyncChannelWithoutReplyRule.self,
        AsyncChannelImmediateRule.self,
        SuggestionNotAllowedRule.self,
        ImmediateWindowTooLongRule.self,
        MixedClocksRule.self,
        // Hygiene
        ExpiredRuleRule.self,
        ExpiryWithoutOwnerRule.self,
        LegacyTimezoneRule.self,
        StaleHolidaysRule.self,
        UnknownLintRuleRule.self,
        CalendarUnknownTimezoneRule.self,
        CalendarInThePastRule.self,
    ]
}
