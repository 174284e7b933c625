import NormsSource
import NormsYAML

extension Composition {
    /// Why a base file is not a policy, in words that never quote its content; `nil` when it is
    /// one, or claims to be one with a line starting with `norms:` (its own problems are then
    /// reported inside it, as for any policy).
    func notAPolicy(_ source: SourceFile) -> String? {
        if PolicySignature.hasNormsLine(source) { return nil }
        let node: YAMLNode?
        do {
            node = try YAMLLoader(limits: limits).loadDocument(source)
        } catch {
            return "it is not a YAML document"
        }
        guard let node else { return "it is empty" }
        guard let mapping = node.mapping else { return "its top level is not a mapping" }
        return PolicySignature.hasPolicyKeys(mapping) ? nil : "it has no 'norms: 1' line"
    }
}

/// How a policy file is recognised before it is read as one.
package enum PolicySignature {
    /// Whether a top-level mapping is a policy's: it has a `norms` key, or most of its keys (and
    /// at least two) are policy keys, as in a policy whose `norms` line is misspelt.
    package static func hasPolicyKeys(_ mapping: YAMLMapping) -> Bool {
        if mapping.entry("norms") != nil { return true }
        let keys = mapping.entries.compactMap { $0.key.scalar?.value }
        let policyKeys = keys.filter { PolicyReader.topLevelKeys.contains($0) }.count
        return policyKeys >= 2 && policyKeys * 2 > keys.count
    }

    /// Whether a line of the file starts with the top-level key `norms:` (after a byte-order mark
    /// on the first line). A policy with a syntax error still has it, so its errors are reported
    /// as a policy's, not hidden.
    package static func hasNormsLine(_ source: SourceFile) -> Bool {
        (1...max(1, source.lineCount)).contains { number in
            guard let line = source.line(number) else { return false }
            return line.hasPrefix("norms:") || line.hasPrefix("norms :") || line.hasPrefix("\u{FEFF}norms:")
        }
    }
}
