/// A format-neutral document: the communication charter as headings, paragraphs, lists and
/// tables, which ``MarkdownCharterRenderer`` and ``HTMLCharterRenderer`` turn into text.
///
/// Keeping the content apart from the output format means both formats always say the same
/// thing, and escaping happens in exactly one place per format.
public struct CharterDocument: Sendable, Hashable {
    /// The document's title (the policy's name).
    public var title: String
    public var blocks: [CharterBlock]

    public init(title: String, blocks: [CharterBlock] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// One block of a ``CharterDocument``.
public enum CharterBlock: Sendable, Hashable {
    /// A section heading; level 2 is a section, 3 a subsection (the title is level 1).
    case heading(level: Int, text: String, anchor: String?)
    case paragraph([CharterInline])
    /// A bulleted list; each item is a run of inline text.
    case list([[CharterInline]])
    /// A table with a header row; every row has as many cells as the header.
    case table(header: [String], rows: [[[CharterInline]]])
}

/// A run of inline text. Renderers escape ``text`` and ``code`` for their format.
public enum CharterInline: Sendable, Hashable {
    case text(String)
    /// An identifier or a value as written in the policy (`chat`, `09:00-17:00`).
    case code(String)
    case strong(String)
    case emphasis(String)
}

extension CharterInline: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension Array where Element == CharterInline {
    /// The items joined with `separator` text between them.
    static func joined(_ items: [[CharterInline]], separator: String) -> [CharterInline] {
        var result: [CharterInline] = []
        for (index, item) in items.enumerated() {
            if index > 0 { result.append(.text(separator)) }
            result += item
        }
        return result
    }

    /// Plain text without markup, for places that cannot hold any (HTML titles, anchors).
    var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text), .strong(let text), .emphasis(let text): text
            }
        }.joined()
    }
}
