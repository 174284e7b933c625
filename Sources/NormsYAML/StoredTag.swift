/// A node's tag in one word, so that the many nodes of a large document stay small: no tag, one
/// of the tags the loader accepts (the core tags and `!`), or any other tag (which the loader
/// rejects, but a node made by hand may carry).
enum StoredTag: Sendable, Equatable {
    /// An index into ``acceptedTags``; 0 is no tag.
    case accepted(UInt8)
    indirect case other(String)

    private static let acceptedTags: [String?] = [
        nil, YAMLTag.nonSpecific, YAMLTag.str, YAMLTag.int, YAMLTag.float, YAMLTag.bool, YAMLTag.null, YAMLTag.seq, YAMLTag.map,
    ]

    init(_ tag: String?) {
        guard let tag else {
            self = .accepted(0)
            return
        }
        if let index = Self.acceptedTags.firstIndex(of: tag) {
            self = .accepted(UInt8(index))
        } else {
            self = .other(tag)
        }
    }

    /// The expanded tag, or `nil` for none.
    var text: String? {
        switch self {
        case .accepted(let index): Self.acceptedTags[Int(index)]
        case .other(let tag): tag
        }
    }
}
