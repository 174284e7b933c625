/// How `norms check` writes its decision.
package enum CheckFormat: String, CaseIterable, Sendable {
    /// The answer in a sentence, then the detail.
    case text
    /// The decision object of the policy format.
    case json
}
