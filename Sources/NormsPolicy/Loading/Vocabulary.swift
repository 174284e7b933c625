/// The names the rest of a policy may use, read before channels and rules: levels and kinds.
struct Vocabulary {
    /// Level names, least urgent first.
    var levels: [String]
    /// The allowed message kinds; `nil` when the policy declares none, so any kind is allowed.
    var kinds: [String]?
}
