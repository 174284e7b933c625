import NormsSource

/// A mapping being read: its entries so far, the key waiting for its value, and the merge keys
/// (`<<`) to apply once the mapping ends.
///
/// Keys are checked for duplicates as they arrive, so the error points at the second key.
/// Merging follows the YAML merge-key convention: merged entries take the place of the `<<`
/// entry, a key written in the mapping itself wins over a merged one wherever it is written,
/// and in `<<: [*a, *b]` the earlier mapping wins.
struct MappingBuilder {
    private enum Item {
        case entry(YAMLMapping.Entry, KeyIdentity)
        /// A `<<` key and the mappings it merges, earliest (strongest) first.
        case merge(key: YAMLNode, mappings: [YAMLMapping])

        var key: YAMLNode {
            switch self {
            case .entry(let entry, _): entry.key
            case .merge(let key, _): key
            }
        }
    }

    private struct PendingKey {
        var node: YAMLNode
        var identity: KeyIdentity
        var isMergeKey: Bool
    }

    private var items: [Item] = []
    private var pendingKey: PendingKey?
    /// Where in `items` each key is, to find the first of two equal keys.
    private var itemIndexes: [KeyIdentity: Int] = [:]
    private var hasMerges = false

    /// Adds the next node of the mapping: a key, or the value of the key before it.
    /// - Throws: ``YAMLError/Kind/duplicateKey(key:first:)`` at a key already in the mapping;
    ///   ``YAMLError/Kind/invalidMerge(found:)`` at a `<<` value that is not mappings.
    mutating func append(_ node: YAMLNode) throws(YAMLError) {
        guard let key = pendingKey else {
            try addKey(node)
            return
        }
        pendingKey = nil
        if key.isMergeKey {
            items.append(.merge(key: key.node, mappings: try Self.mergedMappings(node)))
            hasMerges = true
        } else {
            items.append(.entry(YAMLMapping.Entry(key: key.node, value: node), key.identity))
        }
    }

    /// The finished mapping, with merge keys applied.
    func build() -> YAMLMapping {
        guard hasMerges else {
            return YAMLMapping(entries: items.compactMap { item in
                if case .entry(let entry, _) = item { entry } else { nil }
            })
        }
        var seen = Set<KeyIdentity>()
        for case .entry(_, let identity) in items { seen.insert(identity) }
        var entries: [YAMLMapping.Entry] = []
        for item in items {
            switch item {
            case .entry(let entry, _):
                entries.append(entry)
            case .merge(_, let mappings):
                for mapping in mappings {
                    for entry in mapping.entries where seen.insert(KeyIdentity(entry.key)).inserted {
                        entries.append(entry)
                    }
                }
            }
        }
        return YAMLMapping(entries: entries)
    }

    private mutating func addKey(_ node: YAMLNode) throws(YAMLError) {
        let identity = KeyIdentity(node)
        // The key's item will be appended at `items.count` once its value arrives.
        if let firstIndex = itemIndexes.updateValue(items.count, forKey: identity) {
            throw YAMLError(.duplicateKey(key: KeyIdentity.display(node), first: items[firstIndex].key.span), at: node.span)
        }
        let isMergeKey = node.tag == nil && node.scalar.map { $0.style == .plain && $0.value == "<<" } == true
        pendingKey = PendingKey(node: node, identity: identity, isMergeKey: isMergeKey)
    }

    /// The mappings a `<<` value stands for: the mapping itself, or each item of a sequence.
    private static func mergedMappings(_ value: YAMLNode) throws(YAMLError) -> [YAMLMapping] {
        switch value.content {
        case .mapping(let mapping):
            return [mapping]
        case .sequence(let items):
            var mappings: [YAMLMapping] = []
            for item in items {
                guard let mapping = item.mapping else { throw invalidMerge(item) }
                mappings.append(mapping)
            }
            return mappings
        case .scalar:
            throw invalidMerge(value)
        }
    }

    private static func invalidMerge(_ node: YAMLNode) -> YAMLError {
        let found = switch node.content {
        case .scalar(let scalar): scalar.value.isEmpty ? "nothing" : "\(quoted: YAMLError.excerpt(scalar.value))"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
        return YAMLError(.invalidMerge(found: found), at: node.span)
    }
}

extension MappingBuilder {
    /// What makes two mapping keys the same key: scalars by their text, whatever their style or
    /// tag (`1`, `'1'` and `!!str 1` are one key, as ``YAMLMapping``'s lookups by text see them);
    /// sequences and mappings by structure, mappings regardless of entry order.
    enum KeyIdentity: Hashable {
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
            YAMLError.excerpt(key.scalar?.value ?? key.description)
        }
    }
}
