import NormsSource

/// One step of an evaluation trace: a rule considered, and whether it held.
public struct RuleTrace: Sendable, Hashable {
    /// The recipient the rule was considered for; `nil` during classification.
    public var recipient: String?
    public var rule: String
    public var held: Bool
    /// The first condition that failed; `nil` when the rule held.
    public var failure: ConditionFailure?
    /// Where the rule is defined.
    public var source: SourceSpan

    public init(recipient: String?, rule: String, held: Bool, failure: ConditionFailure?, source: SourceSpan) {
        self.recipient = recipient
        self.rule = rule
        self.held = held
        self.failure = failure
        self.source = source
    }

    /// The first condition that failed, in words, such as `kind: question is not decision`, or
    /// `unless held: channel, kind`.
    public var failedCondition: String? { failure?.description }
}
