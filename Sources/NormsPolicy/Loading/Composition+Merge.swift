import NormsSource
import NormsYAML

extension Composition {
    // MARK: - Merging maps

    /// Merges the files' top-level mappings, later files winning, into one mapping that spans the
    /// policy's own file. `norms`, `extends` and `rules` are left out (see ``ComposedTree``).
    func merge(_ documents: [Document], span: SourceSpan) -> YAMLNode {
        var entries: [YAMLMapping.Entry] = []
        for document in documents {
            for entry in document.root.mapping?.entries ?? [] {
                guard let key = entry.keyText, !["norms", "extends", "rules"].contains(key) else { continue }
                Self.merge(entry, into: &entries)
            }
        }
        return YAMLNode(.mapping(YAMLMapping(entries: entries)), span: span)
    }

    /// Adds a later entry to earlier ones: a new key is appended, a known key is merged.
    private static func merge(_ later: YAMLMapping.Entry, into entries: inout [YAMLMapping.Entry]) {
        guard let index = entries.firstIndex(where: { $0.keyText == later.keyText }) else {
            entries.append(later)
            return
        }
        entries[index] = merged(entries[index], later)
    }

    /// One key defined by two files.
    ///
    /// Two mappings merge key by key and keep the earlier key, where the entry was first defined;
    /// a later empty value adds nothing to an earlier mapping; anything else, and any
    /// `working_hours` (a schedule: merging its day keys would make days overlap), is replaced.
    private static func merged(_ earlier: YAMLMapping.Entry, _ later: YAMLMapping.Entry) -> YAMLMapping.Entry {
        guard later.keyText != "working_hours", let earlierMapping = earlier.value.mapping else { return later }
        if later.value.isNull { return earlier }
        guard let laterMapping = later.value.mapping else { return later }
        var entries = earlierMapping.entries
        for entry in laterMapping.entries {
            merge(entry, into: &entries)
        }
        return YAMLMapping.Entry(key: earlier.key, value: YAMLNode(.mapping(YAMLMapping(entries: entries)), span: earlier.value.span))
    }
}
