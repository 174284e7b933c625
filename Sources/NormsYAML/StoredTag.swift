/// A scalar's tag in one word: no tag, one of the tags the loader accepts (the core tags and
/// `!`), or any other tag (which the loader rejects, but a node made by hand may carry).
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

    /// The index of an accepted tag (0 for none), or `nil` for any other tag.
    static func acceptedIndex(of tag: String?) -> UInt8? {
        guard case .accepted(let index) = StoredTag(tag) else { return nil }
        return index
    }

    /// The accepted tag at `index`, or `nil` for index 0 (no tag).
    static func acceptedTag(at index: UInt8) -> String? {
        acceptedTags[Int(index)]
    }

    /// The expanded tag, or `nil` for none.
    var text: String? {
        switch self {
        case .accepted(let index): Self.acceptedTag(at: index)
        case .other(let tag): tag
        }
    }
}
