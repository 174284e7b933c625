import NormsSource

extension Composition {
    /// Why a base file is not a policy, in words that never quote its content; `nil` when it is
    /// one, or looks like one (see ``PolicyFileEvidence``): its own problems are then reported
    /// inside it, as for any policy.
    func notAPolicy(_ source: SourceFile) -> String? {
        // A `norms:` line settles it without parsing the file a second time.
        if PolicyFileEvidence.hasVersionLine(source) { return nil }
        let evidence = PolicyFileEvidence(source, limits: limits)
        if evidence.isPolicy || evidence.looksLikePolicy { return nil }
        return switch evidence.topLevel {
        case .unparsed: "it is not a YAML document"
        case .empty: "it is empty"
        case .list, .scalar: "its top level is not a mapping"
        case .mapping: "it has no 'norms: 1' line"
        }
    }
}
