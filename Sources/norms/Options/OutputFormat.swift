import ArgumentParser

/// How `norms check` writes its decision.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    /// The answer in a sentence, then the detail.
    case text
    /// The decision object of the policy format.
    case json
}
