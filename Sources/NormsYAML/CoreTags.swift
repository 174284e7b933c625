import NormsSource

/// The tags the loader accepts, and whether a tag fits the node it is on.
///
/// Accepted: no tag, the non-specific `!`, and the core tags `!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null` (on scalars whose text fits), `!!seq` (on sequences) and `!!map` (on
/// mappings). Every other tag is rejected rather than ignored, so that `!!python/object` or an
/// application tag never changes meaning silently.
enum CoreTags {
    private static let scalarTags: Set<String> = [YAMLTag.str, YAMLTag.int, YAMLTag.float, YAMLTag.bool, YAMLTag.null]
    private static let collectionTags: Set<String> = [YAMLTag.seq, YAMLTag.map]
    private static let yamlPrefix = "tag:yaml.org,2002:"

    /// Checks a scalar's tag against its text.
    static func check(_ scalar: YAMLScalar, at span: SourceSpan) throws(YAMLError) {
        guard let tag = scalar.tag, tag != YAMLTag.nonSpecific, tag != YAMLTag.str else { return }
        guard scalarTags.contains(tag) else {
            throw YAMLError(collectionTags.contains(tag) ? .tagMismatch(tag: shortForm(tag), found: "a scalar")
                                                         : .unknownTag(shortForm(tag)), at: span)
        }
        if case .string = scalar.resolved {
            throw YAMLError(.tagMismatch(tag: shortForm(tag), found: "\(quoted: YAMLError.excerpt(scalar.value))"), at: span)
        }
    }

    /// Checks a sequence's or mapping's tag.
    static func checkCollection(tag: String?, isMapping: Bool, at span: SourceSpan) throws(YAMLError) {
        guard let tag, tag != YAMLTag.nonSpecific else { return }
        let kindName = isMapping ? "a mapping" : "a sequence"
        if tag == (isMapping ? YAMLTag.map : YAMLTag.seq) { return }
        if scalarTags.contains(tag) || collectionTags.contains(tag) {
            throw YAMLError(.tagMismatch(tag: shortForm(tag), found: kindName), at: span)
        }
        throw YAMLError(.unknownTag(shortForm(tag)), at: span)
    }

    /// `!!int` for `tag:yaml.org,2002:int`; local tags (`!foo`) as written; others as `!<uri>`.
    static func shortForm(_ tag: String) -> String {
        if tag.hasPrefix(yamlPrefix) { return "!!" + tag.dropFirst(yamlPrefix.count) }
        if tag.hasPrefix("!") { return tag }
        return "!<\(tag)>"
    }
}
