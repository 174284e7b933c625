/// What a batch has answered so far, for its summary line and its exit status.
package struct BatchTally: Sendable, Equatable {
    /// Input lines, each a message or an error.
    package var messages = 0
    /// Decisions with `allowed: false`.
    package var notAllowed = 0
    /// Lines that gave an error instead of a decision.
    package var errors = 0
    /// Decisions with `needs_immediate_reply: true`.
    package var immediate = 0

    package init() {}

    package static func += (lhs: inout BatchTally, rhs: BatchTally) {
        lhs.messages += rhs.messages
        lhs.notAllowed += rhs.notAllowed
        lhs.errors += rhs.errors
        lhs.immediate += rhs.immediate
    }

    /// `200000 messages, 3 not allowed, 1 error, 40000 needing an immediate reply`.
    package var summary: String {
        "\(count(messages, "message")), \(notAllowed) not allowed, \(count(errors, "error")), "
            + "\(immediate) needing an immediate reply"
    }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)" + (value == 1 ? "" : "s")
    }
}
