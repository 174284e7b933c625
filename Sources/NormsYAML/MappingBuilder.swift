import NormsSource

/// The rules for a mapping's keys: no key twice, and merge keys (`<<`) applied once it ends.
///
/// Keys are checked for duplicates as they arrive, so the error points at the second key.
/// Merging follows the YAML merge-key convention: merged entries take the place of the `<<`
/// entry, a key written in the mapping itself wins over a merged one wherever it is written,
/// and in `<<: [*a, *b]` the earlier mapping wins.
enum MappingKeys {
    /// Up to this many keys, a new key is compared with each earlier one, which is faster than
    /// hashing for the handful of keys most mappings have; a larger mapping is indexed by a
    /// dictionary, so that a mapping of many thousand keys stays linear.
    static let hashingThreshold = 12

    /// Checks a key arriving in `collection`, whose keys and values so far are `children[collection.firstChild...]`.
    /// - Parameter keyIndexes: the key indexes of the open mappings that have one, innermost last:
    ///   `collection`'s is the last when it has one, and is added when it needs one.
    /// - Throws: ``YAMLError/Kind/duplicateKey(key:first:)`` at a key already in the mapping.
    static func check(_ key: YAMLNode, in collection: inout OpenCollection, keyIndexes: inout [KeyIndex],
                      children: UnsafeBufferPointer<YAMLNode>) throws(YAMLError) {
        let first = collection.firstChild
        if !collection.hasKeyIndex, (children.count - first) / 2 >= hashingThreshold {
            var index = KeyIndex()
            for position in stride(from: first, to: children.count, by: 2) {
                _ = index.recordingEarlier(children[position], at: position)
            }
            keyIndexes.append(index)
            collection.hasKeyIndex = true
        }
        let earlier = collection.hasKeyIndex
            ? keyIndexes[keyIndexes.count - 1].recordingEarlier(key, at: children.count)
            : firstEqualKey(to: key, in: children, from: first)
        if let earlier {
            throw YAMLError(.duplicateKey(key: KeyIdentity.display(key), first: children[earlier].span), at: key.span)
        }
        if isMergeKey(key) {
            collection.hasMerges = true
            collection.expectsMergeValue = true
        }
    }

    /// The place of the earlier key equal to `key`, comparing one by one.
    private static func firstEqualKey(to key: YAMLNode, in children: UnsafeBufferPointer<YAMLNode>, from first: Int) -> Int? {
        if let text = key.keyText {
            for position in stride(from: first, to: children.count, by: 2) where children[position].keyText == text {
                return position
            }
            return nil
        }
        let identity = KeyIdentity(key)
        for position in stride(from: first, to: children.count, by: 2) {
            if children[position].keyText == nil, KeyIdentity(children[position]) == identity { return position }
        }
        return nil
    }

    /// Whether a key is the merge key: `<<` written plain, without a tag.
    static func isMergeKey(_ key: YAMLNode) -> Bool {
        switch key.storage {
        case .scalar(let text, let traits):
            return traits.nodeTag == 0 && traits.style == .plain && text == "<<"
        case .unusual(.scalar(let scalar), let tag):
            return tag == nil && scalar.style == .plain && scalar.value == "<<"
        default:
            return false
        }
    }

    /// Checks the value of a merge key: a mapping, or a sequence of mappings.
    /// - Throws: ``YAMLError/Kind/invalidMerge(found:)`` at a value that is not.
    static func checkMergeValue(_ value: YAMLNode) throws(YAMLError) {
        switch value.content {
        case .mapping:
            return
        case .sequence(let items):
            if let item = items.first(where: { $0.mapping == nil }) { throw invalidMerge(item) }
        case .scalar:
            throw invalidMerge(value)
        }
    }

    /// The entries of a mapping with merge keys, the merged entries in place of each `<<` entry.
    static func applyingMerges(_ entries: [YAMLMapping.Entry]) -> [YAMLMapping.Entry] {
        var seen = Set<KeyIdentity>()
        for entry in entries where !isMergeKey(entry.key) { seen.insert(KeyIdentity(entry.key)) }
        var result: [YAMLMapping.Entry] = []
        for entry in entries {
            guard isMergeKey(entry.key) else {
                result.append(entry)
                continue
            }
            let mappings = entry.value.mapping.map { [$0] } ?? (entry.value.sequence ?? []).compactMap(\.mapping)
            for mapping in mappings {
                for merged in mapping.entries where seen.insert(KeyIdentity(merged.key)).inserted {
                    result.append(merged)
                }
            }
        }
        return result
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

extension MappingKeys {
    /// The keys of a mapping too large to compare them one by one.
    ///
    /// Scalar keys, nearly all keys, are hashed by their text as it stands (a scalar's identity
    /// is its text); only a sequence or mapping key is made into a ``KeyIdentity``.
    struct KeyIndex {
        private var texts: [String: Int] = [:]
        private var collections: [KeyIdentity: Int] = [:]

        /// The place of an earlier key equal to `key`, or `nil` when there is none; `key` is
        /// recorded at `position` either way.
        mutating func recordingEarlier(_ key: YAMLNode, at position: Int) -> Int? {
            if let text = key.keyText { return texts.updateValue(position, forKey: text) }
            return collections.updateValue(position, forKey: KeyIdentity(key))
        }
    }
}

extension MappingKeys {
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
