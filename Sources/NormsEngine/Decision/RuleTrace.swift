import NormsSource

/// One step of an evaluation trace: a rule considered, and whether it held.
public struct RuleTrace: Sendable, Hashable {
    /// The recipient the rule was considered for; `nil` during classification.
    public var recipient: String?
    public var rule: String
    public var held: Bool
    /// The first condition that failed, such as `kind: expected decision, got question`, or
    /// `unless held: channel, kind`.
    public var failedCondition: String?
    /// Where the rule is defined.
    public var source: SourceSpan

    public init(recipient: String?, rule: String, held: Bool, failedCondition: String?, source: SourceSpan) {
        self.recipient = recipient
        self.rule = rule
        self.held = held
        self.failedCondition = failedCondition
        self.source = source
    }
}
