import NormsPolicy
import NormsSource

extension Evaluator {
    /// Step 1: the message's channel, recipients, kind, level and statuses must exist in the policy.
    func validate(_ message: Message) throws(InputError) {
        var problems: [Diagnostic] = []
        func unknown(_ what: String, _ value: Located<String>, among candidates: [String], code: MessageDiagnosticCode) {
            problems.append(Diagnostic(
                code, message: "unknown \(what) \(quoted: value.value)", span: value.span,
                help: Suggestions.didYouMean(value.value, in: candidates)
                    ?? (candidates.isEmpty ? "the policy defines no \(what)"
                        : "the policy's \(what)s are: \(candidates.joined(separator: ", "))")))
        }
        if plan.channelIndex[message.channel.value] == nil {
            unknown("channel", message.channel, among: policy.channels.map(\.id.value), code: .unknownChannel)
        }
        // The list of ids is made only when a name is unknown.
        var recipientIDs: [String] { policy.people.map(\.id.value) + policy.teams.map(\.id.value) }
        for recipient in message.to where profileIndex[recipient.value] == nil {
            unknown("recipient", recipient, among: recipientIDs, code: .unknownRecipient)
        }
        for status in message.statuses where profileIndex[status.recipient.value] == nil {
            unknown("recipient", status.recipient, among: recipientIDs, code: .unknownRecipient)
        }
        if let level = message.level, levelRanks[level.value] == nil {
            unknown("level", level, among: policy.levels.map(\.value), code: .unknownLevel)
        }
        if let kind = message.kind, let kinds = policy.kinds, !kinds.contains(where: { $0.value == kind.value }) {
            unknown("kind", kind, among: kinds.map(\.value), code: .unknownKind)
        }
        if !problems.isEmpty { throw InputError(problems) }
    }
}
