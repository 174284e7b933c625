import NormsSource
import NormsYAML

extension Composition {
    /// A rule item and the index of the file it comes from, in load order.
    private struct PlacedRule {
        var node: YAMLNode
        var file: Int

        var id: String? { node["id"]?.stringValue }
        var idSpan: SourceSpan { node.mapping?.entry("id")?.value.span ?? node.span }
    }

    // MARK: - Concatenating rules

    /// The rules of every file, bases first; an `override: true` rule from a later file replaces
    /// the earlier rule of its id in place, and any other repeated id is reported and left out.
    /// - Returns: the rules' items in policy order, and the ones left out.
    func rules(of documents: [Document]) -> (rules: [YAMLNode], duplicates: [YAMLNode]) {
        var placed = PlacedRules()
        var duplicates: [YAMLNode] = []
        for (index, document) in documents.enumerated() {
            guard let entry = document.root.mapping?.entry("rules"), !entry.value.isNull else { continue }
            let list = Field(node: entry.value, path: "rules", key: entry.key)
            guard let items = list.node.sequence else {
                reader.wrongType(list, expected: "a list of rules")
                continue
            }
            placed.reserveCapacity(placed.nodes.count + items.count)
            for node in items where !place(PlacedRule(node: node, file: index), into: &placed, documents: documents) {
                duplicates.append(node)
            }
        }
        return (placed.nodes, duplicates)
    }

    /// The rules placed so far, in policy order, with the file each comes from and the place of
    /// each id; kept side by side so that the list of rules is handed on without a copy.
    private struct PlacedRules {
        var nodes: [YAMLNode] = []
        var files: [Int] = []
        var positions: [String: Int] = [:]  // rule id → index in `nodes`

        subscript(index: Int) -> PlacedRule {
            get { PlacedRule(node: nodes[index], file: files[index]) }
            set {
                nodes[index] = newValue.node
                files[index] = newValue.file
            }
        }

        var count: Int { nodes.count }

        mutating func append(_ rule: PlacedRule) {
            nodes.append(rule.node)
            files.append(rule.file)
        }

        mutating func reserveCapacity(_ capacity: Int) {
            nodes.reserveCapacity(capacity)
            files.reserveCapacity(capacity)
            positions.reserveCapacity(capacity)
        }
    }

    /// Places a rule in policy order; `false` when it repeats an id and is left out.
    private func place(_ rule: PlacedRule, into placed: inout PlacedRules, documents: [Document]) -> Bool {
        let overrideEntry = rule.node.mapping?.entry("override")
        let overrides = overrideEntry?.value.scalar?.resolved == .bool(true)
        guard let id = rule.id else {
            placed.append(rule)
            return true
        }
        guard let index = placed.positions[id] else {
            if let overrideEntry, overrides {
                log.error(.overrideWithoutBase, "rule \(quoted: id) says 'override: true' but no base policy defines it",
                          at: overrideEntry.key.span,
                          help: "remove 'override: true', or check the id against the base policy's rules")
            }
            placed.positions[id] = placed.count
            placed.append(rule)
            return true
        }
        let earlier = placed[index]
        if overrides, earlier.file < rule.file {
            placed[index] = rule
            return true
        }
        let sameFile = earlier.file == rule.file
        let place = sameFile ? "" : " in \(quoted: documents[earlier.file].path.display)"
        log.error(.duplicateRuleID, "rule id \(quoted: id) is already defined\(place)", at: rule.idSpan,
                  help: sameFile
                    ? "give each rule its own id; 'override: true' replaces only a base policy's rule"
                    : "add 'override: true' to replace the base policy's rule, or give this rule another id",
                  notes: [.init("\(quoted: id) is first defined here", at: earlier.idSpan)])
        return false
    }
}
