import NormsPolicy
import NormsSource

/// A rule compiled for evaluation: its conditions as ``CompiledConditions`` and the effects the
/// engine reads. It is a class so that passing a rule around costs one reference count, never a
/// copy of its fields.
final class CompiledRule: Sendable {
    /// The rule's index in policy order.
    let index: Int
    let id: String
    let when: CompiledConditions?
    let unless: CompiledConditions?
    /// The rank of the `level` effect, when the rule has one.
    let levelRank: Int?
    let replyWithin: PolicyDuration?
    let interrupt: Bool?
    /// The states `breaks_through` lists (it always covers `available` too); `nil` when absent.
    let breaksThrough: StateSet?
    let escalate: Escalation?
    /// The violation the rule reports when it matches, made once.
    let violation: Violation?
    let source: SourceSpan

    init(index: Int, id: String, when: CompiledConditions?, unless: CompiledConditions?, levelRank: Int?,
         replyWithin: PolicyDuration?, interrupt: Bool?, breaksThrough: StateSet?, escalate: Escalation?, violation: Violation?,
         source: SourceSpan) {
        self.index = index
        self.id = id
        self.when = when
        self.unless = unless
        self.levelRank = levelRank
        self.replyWithin = replyWithin
        self.interrupt = interrupt
        self.breaksThrough = breaksThrough
        self.escalate = escalate
        self.violation = violation
        self.source = source
    }

    /// Whether the rule holds for a recipient, given what was decided about the message.
    func holds(_ verdict: MessageVerdict, recipient: Int, state: RecipientState) -> Bool {
        if let when, when.dependsOnRecipient, !when.recipientPartHolds(recipient: recipient, state: state) { return false }
        switch verdict {
        case .holdsForEveryRecipient, .unlessCannotHold: return true
        case .unlessDependsOnRecipient: return !(unless?.recipientPartHolds(recipient: recipient, state: state) ?? false)
        }
    }

    /// What the message alone decides about the rule: `nil` when it cannot hold for anyone.
    func verdict(for facts: MessageFacts) -> MessageVerdict? {
        if let when, !when.messagePartHolds(facts) { return nil }
        guard let unless, unless.messagePartHolds(facts) else {
            return when?.dependsOnRecipient == true ? .unlessCannotHold : .holdsForEveryRecipient
        }
        return unless.dependsOnRecipient ? .unlessDependsOnRecipient : nil
    }

    /// What remains to decide per recipient once the message's conditions are known.
    enum MessageVerdict {
        /// `when` names no recipient condition and `unless` is absent or already fails: the rule
        /// holds for every recipient, with nothing left to test.
        case holdsForEveryRecipient
        /// `unless` is absent or already fails: the rule holds where `when`'s recipient part does.
        case unlessCannotHold
        /// `unless` holds as far as the message goes: its recipient part decides.
        case unlessDependsOnRecipient
    }
}
