/// An ordered mapping whose keys are nodes too, so every key keeps its span.
///
/// Duplicate keys never reach a ``YAMLMapping``: the parser rejects them with both positions.
public struct YAMLMapping: Sendable, Equatable {
    /// One key and its value.
    public struct Entry: Sendable, Equatable {
        public var key: YAMLNode
        public var value: YAMLNode

        /// An entry with the given key and value.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in document order.
    public var entries: [Entry]

    /// A mapping with the given entries, in order.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The value under the key whose scalar text is `key`.
    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key.keyText == key }?.value
    }

    /// The entry whose key's scalar text is `key`.
    public func entry(_ key: String) -> Entry? {
        entries.first { $0.key.keyText == key }
    }
}
