/// What makes two mapping keys the same key: scalars by their text, whatever their style or
/// tag (`1`, `'1'` and `!!str 1` are one key, as ``YAMLMapping``'s lookups by text see them);
/// sequences and mappings by structure, mappings regardless of entry order.
indirect enum KeyIdentity: Hashable {
    case scalar(String)
    case sequence([KeyIdentity])
    case mapping([KeyIdentity: KeyIdentity])

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            self = .scalar(scalar.value)
        case .sequence(let items):
            self = .sequence(items.map(KeyIdentity.init))
        case .mapping(let mapping):
            var entries: [KeyIdentity: KeyIdentity] = [:]
            for entry in mapping.entries {
                entries[KeyIdentity(entry.key)] = KeyIdentity(entry.value)
            }
            self = .mapping(entries)
        }
    }

    /// The key as a message quotes it: a scalar's text, or a collection's flow form, kept short.
    static func display(_ key: YAMLNode) -> String {
        MessageText.excerpt(key.scalar?.value ?? key.description)
    }
}
