/// Receives each rule an evaluation considers, for `--explain`.
///
/// An evaluation without a tracer does no tracing work at all: it builds no trace entry and no
/// explanation. With one, every level rule is reported once (classification), then every rule for
/// each recipient, in policy order.
public protocol EvaluationTracer: AnyObject {
    /// Called for each rule considered, in evaluation order.
    func record(_ step: RuleTrace)
}

/// A tracer that keeps every step, in order.
public final class RuleTraceBuffer: EvaluationTracer {
    /// The steps recorded so far.
    public private(set) var steps: [RuleTrace] = []

    public init() {}

    public func record(_ step: RuleTrace) {
        steps.append(step)
    }
}
