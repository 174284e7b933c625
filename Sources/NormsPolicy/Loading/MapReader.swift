import NormsSource
import NormsYAML

/// A mapping whose keys have been checked against the keys it may hold.
struct MapReader {
    /// The mapping itself.
    let field: Field
    private let entries: [YAMLMapping.Entry]
    /// The mapping's ``Field/path``, worked out once for all its values.
    private let path: String

    init(field: Field, mapping: YAMLMapping) {
        self.field = field
        self.entries = mapping.entries
        self.path = field.path
    }

    /// The value under `key` as a field; `nil` when the key is absent.
    subscript(key: String) -> Field? {
        guard let entry = entries.first(where: { $0.key.keyText == key }) else { return nil }
        return field.child(key, key: entry.key, value: entry.value, path: path)
    }

    /// The value under `key`, or `nil` when it is absent or null (for optional containers that
    /// may be written empty, such as `teams:`).
    func optional(_ key: String) -> Field? {
        guard let value = self[key], !value.node.isNull else { return nil }
        return value
    }

    /// Whether the mapping has the key.
    func has(_ key: String) -> Bool { entries.contains { $0.key.keyText == key } }

    /// Whether the mapping has no entry.
    var isEmpty: Bool { entries.isEmpty }
}
