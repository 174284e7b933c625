/// Values that cannot make a policy the evaluator can use, given to ``Policy``'s initializer.
public struct PolicyValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
