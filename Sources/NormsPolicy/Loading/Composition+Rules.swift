import NormsSource
import NormsYAML

extension Composition {
    // MARK: - Concatenating rules

    /// The rules of every file, bases first; an `override: true` rule from a later file replaces
    /// the earlier rule of its id in place, and any other repeated id is reported and left out.
    /// - Returns: the rules' items in policy order, and the ones left out. When one file has
    ///   rules and none is left out, the list is that file's own list of rules, not a copy of it:
    ///   no second list of a large policy's rules is held while its whole tree is.
    func rules(of documents: [Document]) -> (rules: [YAMLNode], duplicates: [YAMLNode]) {
        var placed = PlacedRules(lists: documents.map { _ in [] })
        var duplicates: [YAMLNode] = []
        for (index, document) in documents.enumerated() {
            guard let entry = document.root.mapping?.entry("rules"), !entry.value.isNull else { continue }
            let list = Field(node: entry.value, path: "rules", key: entry.key)
            guard let items = list.node.sequence else {
                reader.wrongType(list, expected: "a list of rules")
                continue
            }
            placed.lists[index] = items
            placed.reserveCapacity(placed.count + items.count)
            for item in items.indices where !place(Place(file: index, item: item), into: &placed, documents: documents) {
                duplicates.append(items[item])
            }
        }
        return (placed.nodes(), duplicates)
    }

    /// Where a rule item is: the index of its file, in load order, and its place in that file's list.
    private struct Place {
        var file: Int
        var item: Int
    }

    /// The rules placed so far, in policy order, as places in the files' own lists, with the
    /// place of each id.
    private struct PlacedRules {
        /// Each file's list of rule items (empty for a file without rules), shared, not copied.
        var lists: [[YAMLNode]]
        var places: [Place] = []
        var positions: [String: Int] = [:]  // rule id → index in `places`

        var count: Int { places.count }

        func node(at place: Place) -> YAMLNode { lists[place.file][place.item] }

        mutating func reserveCapacity(_ capacity: Int) {
            places.reserveCapacity(capacity)
            positions.reserveCapacity(capacity)
        }

        /// The placed rules' items in policy order: the one file's own list when every rule of
        /// it was placed as it stands, a new list otherwise.
        func nodes() -> [YAMLNode] {
            let filled = lists.indices.filter { !lists[$0].isEmpty }
            if filled.count == 1, lists[filled[0]].count == places.count { return lists[filled[0]] }
            return places.map(node(at:))
        }
    }

    /// A rule's id, when its item is a mapping with a string `id`.
    private static func id(of node: YAMLNode) -> String? { node["id"]?.stringValue }

    /// Where a rule's id is written, or the rule itself when it has none.
    private static func idSpan(of node: YAMLNode) -> SourceSpan { node.mapping?.entry("id")?.value.span ?? node.span }

    /// Places a rule in policy order; `false` when it repeats an id and is left out.
    private func place(_ place: Place, into placed: inout PlacedRules, documents: [Document]) -> Bool {
        let node = placed.node(at: place)
        let overrideEntry = node.mapping?.entry("override")
        let overrides = overrideEntry?.value.scalar?.resolved == .bool(true)
        guard let id = Self.id(of: node) else {
            placed.places.append(place)
            return true
        }
        guard let index = placed.positions[id] else {
            if let overrideEntry, overrides {
                log.error(.overrideWithoutBase, "rule \(quoted: id) says 'override: true' but no base policy defines it",
                          at: overrideEntry.key.span,
                          help: "remove 'override: true', or check the id against the base policy's rules")
            }
            placed.positions[id] = placed.count
            placed.places.append(place)
            return true
        }
        let earlier = placed.places[index]
        if overrides, earlier.file < place.file {
            placed.places[index] = place
            return true
        }
        let sameFile = earlier.file == place.file
        let inFile = sameFile ? "" : " in \(quoted: documents[earlier.file].path.display)"
        log.error(.duplicateRuleID, "rule id \(quoted: id) is already defined\(inFile)", at: Self.idSpan(of: node),
                  help: sameFile
                    ? "give each rule its own id; 'override: true' replaces only a base policy's rule"
                    : "add 'override: true' to replace the base policy's rule, or give this rule another id",
                  notes: [.init("\(quoted: id) is first defined here", at: Self.idSpan(of: placed.node(at: earlier)))])
        return false
    }
}
