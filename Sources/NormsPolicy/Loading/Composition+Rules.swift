import NormsSource
import NormsYAML

extension Composition {
    /// A rule item and the index of the file it comes from, in load order.
    private struct PlacedRule {
        var field: Field
        var file: Int

        var id: String? { field.node["id"]?.scalar?.string }
        var idSpan: SourceSpan { field.node.mapping?.entry("id")?.value.span ?? field.node.span }
    }

    // MARK: - Concatenating rules

    /// The rules of every file, bases first; an `override: true` rule from a later file replaces
    /// the earlier rule of its id in place, and any other repeated id is reported and left out.
    /// - Returns: the rules in policy order, and the ones left out.
    func rules(of documents: [Document]) -> (rules: [Field], duplicates: [Field]) {
        var placed: [PlacedRule] = []
        var positions: [String: Int] = [:]  // rule id → index in `placed`
        var duplicates: [Field] = []
        for (index, document) in documents.enumerated() {
            guard let entry = document.root.mapping?.entry("rules"), !entry.value.isNull,
                  let items = reader.sequence(Field(node: entry.value, path: "rules", key: entry.key), expected: "a list of rules")
            else { continue }
            for item in items {
                if !place(PlacedRule(field: item, file: index), into: &placed, positions: &positions, documents: documents) {
                    duplicates.append(item)
                }
            }
        }
        return (placed.map(\.field), duplicates)
    }

    /// Places a rule in policy order; `false` when it repeats an id and is left out.
    private func place(
        _ rule: PlacedRule, into placed: inout [PlacedRule], positions: inout [String: Int], documents: [Document]
    ) -> Bool {
        let overrideEntry = rule.field.node.mapping?.entry("override")
        let overrides = overrideEntry?.value.scalar?.resolved == .bool(true)
        guard let id = rule.id else {
            placed.append(rule)
            return true
        }
        guard let index = positions[id] else {
            if let overrideEntry, overrides {
                log.error(.overrideWithoutBase, "rule \(quoted: id) says 'override: true' but no base policy defines it",
                          at: overrideEntry.key.span,
                          help: "remove 'override: true', or check the id against the base policy's rules")
            }
            positions[id] = placed.count
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
