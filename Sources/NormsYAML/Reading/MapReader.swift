import NormsSource

/// A mapping whose keys have been checked against the keys it may hold.
///
/// It keeps what its lookups need (the entries, their key texts and the mapping's path) and not
/// the mapping's field: a copy of a field is half a dozen reference counts.
package struct MapReader {
    private let entries: [YAMLMapping.Entry]
    /// The text of each entry's key (``YAMLNode/keyText``), in entry order.
    private let keys: [String?]
    /// The mapping's ``Field/path``, shared by all its values.
    private let path: FieldPath
    /// The UTF-8 lengths of the keys, as bits (`1 << length`, lengths of 63 and more as bit 63):
    /// most lookups are for keys the mapping does not have, and most of those fail on the length.
    private let keyLengths: UInt64

    /// - Parameters:
    ///   - keys: the text of each key of `mapping`, in order.
    ///   - path: the mapping's ``Field/sharedPath``.
    init(mapping: YAMLMapping, keys: [String?], path: FieldPath) {
        self.entries = mapping.entries
        self.keys = keys
        self.path = path
        keyLengths = keys.reduce(0) { lengths, key in key.map { lengths | Self.lengthBit($0.utf8.count) } ?? lengths }
    }

    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(length, 63))
    }

    /// The value under `key` as a field; `nil` when the key is absent.
    package subscript(key: String) -> Field? {
        // Keys of another length are passed over without comparing their text: most lookups
        // are for keys the mapping does not have.
        let length = key.utf8.count
        guard keyLengths & Self.lengthBit(length) != 0, let index = keys.firstIndex(where: { $0?.utf8.count == length && $0 == key }) else { return nil }
        return Field(key: key, keySpan: entries[index].keySpan, value: entries[index].value, path: path)
    }

    /// The value under `key`, or `nil` when it is absent or null (for optional containers that
    /// may be written empty, such as `teams:`).
    package func optional(_ key: String) -> Field? {
        guard let value = self[key], !value.node.isNull else { return nil }
        return value
    }

    /// Whether the mapping has the key.
    package func has(_ key: String) -> Bool { keys.contains { $0 == key } }

    /// Whether the mapping has no entry.
    package var isEmpty: Bool { entries.isEmpty }
}
