import NormsSource

/// A mapping whose keys have been checked against the keys it may hold.
///
/// A class, though it holds only constants: readers pass it around as an optional, and an
/// optional of a large struct is copied and destroyed through slow generic code.
package final class MapReader {
    /// The mapping itself.
    package let field: Field
    private let entries: [YAMLMapping.Entry]
    /// The text of each entry's key (``YAMLNode/keyText``), in entry order.
    private let keys: [String?]
    /// The mapping's ``Field/path``, shared by all its values.
    private let path: FieldPath

    /// - Parameter keys: the text of each key of `mapping`, in order.
    init(field: Field, mapping: YAMLMapping, keys: [String?]) {
        self.field = field
        self.entries = mapping.entries
        self.keys = keys
        self.path = field.sharedPath
    }

    /// The value under `key` as a field; `nil` when the key is absent.
    package subscript(key: String) -> Field? {
        // Keys of another length are passed over without comparing their text: most lookups
        // are for keys the mapping does not have.
        let length = key.utf8.count
        guard let index = keys.firstIndex(where: { $0?.utf8.count == length && $0 == key }) else { return nil }
        return field.child(key, keySpan: entries[index].keySpan, value: entries[index].value, path: path)
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
