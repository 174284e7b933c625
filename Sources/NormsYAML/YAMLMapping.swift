import NormsSource

/// An ordered mapping whose keys are nodes too, so every key keeps its span.
///
/// Duplicate keys never reach a ``YAMLMapping``: the parser rejects them with both positions.
public struct YAMLMapping: Sendable, Equatable {
    /// One key and its value.
    public struct Entry: Sendable, Equatable {
        public var key: YAMLNode {
            get {
                switch storedKey {
                case .besideValue(let storage, _, _): YAMLNode(storage: storage, span: keySpan)
                case .elsewhere(let key): key
                }
            }
            set { storedKey = StoredKey(newValue, valueFile: value.span.file) }
        }
        public var value: YAMLNode {
            get { storedValue }
            set {
                let key = key
                storedValue = newValue
                storedKey = StoredKey(key, valueFile: newValue.span.file)
            }
        }

        private var storedKey: StoredKey
        private var storedValue: YAMLNode

        /// An entry with the given key and value.
        public init(key: YAMLNode, value: YAMLNode) {
            storedKey = StoredKey(key, valueFile: value.span.file)
            storedValue = value
        }

        /// An entry whose key was read from the same file as its value, as every entry the
        /// loader makes: kept beside the value without comparing the files' paths.
        init(sameFileKey key: consuming YAMLNode, value: consuming YAMLNode) {
            storedKey = .besideValue(key.storage, start: key.span.start, end: key.span.end)
            storedValue = value
        }

        /// Where the key is written, without making the key's node.
        package var keySpan: SourceSpan {
            switch storedKey {
            case .besideValue(_, let start, let end): SourceSpan(file: storedValue.span.file, start: start, end: end)
            case .elsewhere(let key): key.span
            }
        }

        /// The key's text when it is a scalar, without making the key's node.
        package var keyText: String? {
            switch storedKey {
            case .besideValue(let storage, _, _): storage.scalarText
            case .elsewhere(let key): key.keyText
            }
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key == rhs.key && lhs.value == rhs.value
        }

        /// A key is written in the same file as its value, so it keeps its content and positions
        /// but not the file's path: 48 bytes rather than 64 for each of a large policy's tens of
        /// thousands of keys. A key from another file (only in an entry made by hand) is boxed whole.
        private enum StoredKey: Sendable {
            case besideValue(NodeStorage, start: SourcePosition, end: SourcePosition)
            indirect case elsewhere(YAMLNode)

            init(_ key: YAMLNode, valueFile: String) {
                self = key.span.file == valueFile ? .besideValue(key.storage, start: key.span.start, end: key.span.end) : .elsewhere(key)
            }
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
        index(of: key).map { entries[$0].value }
    }

    /// The entry whose key's scalar text is `key`.
    public func entry(_ key: String) -> Entry? {
        index(of: key).map { entries[$0] }
    }

    /// The place of the first entry whose key's scalar text is `key`, found by index: a search
    /// through `first(where:)` copies every entry it passes, a retain and a release of each of
    /// its parts.
    private func index(of key: String) -> Int? {
        for index in entries.indices where entries[index].keyText == key {
            return index
        }
        return nil
    }
}
