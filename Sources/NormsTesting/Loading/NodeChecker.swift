import NormsSource
import NormsYAML

/// Typed reads of test-file nodes that record a positioned problem instead of failing.
struct NodeChecker {
    private(set) var problems: [Diagnostic] = []

    mutating func report(_ diagnostic: Diagnostic) {
        problems.append(diagnostic)
    }

    mutating func report(_ diagnostics: [Diagnostic]) {
        problems += diagnostics
    }

    /// The key's text, for messages.
    static func name(of key: YAMLNode) -> String {
        key.scalar?.value ?? key.description
    }

    /// Reports every key of `mapping` outside `allowed`, with the closest allowed key.
    mutating func checkKeys(_ mapping: YAMLMapping, allowed: [String], in place: String) {
        for entry in mapping.entries {
            let key = Self.name(of: entry.key)
            guard !allowed.contains(key) else { continue }
            report(.test(.unknownKey, "unknown key \(quoted: key) in \(place)", at: entry.key.span,
                         help: Suggestions.didYouMean(key, in: allowed) ?? "the keys are \(Self.list(allowed))"))
        }
    }

    /// The mapping of `node`, or a problem.
    mutating func mapping(_ node: YAMLNode, _ what: String) -> YAMLMapping? {
        if let mapping = node.mapping { return mapping }
        report(.test(.wrongType, "\(what) must be a mapping, found \(node.kindName)", at: node.span))
        return nil
    }

    /// The text of a non-null scalar, or a problem.
    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        if let scalar = node.scalar, scalar.resolved != .null { return scalar.value }
        report(.test(.wrongType, "\(what) must be a string, found \(node.kindName)", at: node.span))
        return nil
    }

    /// `nil` for a null scalar, the text of another scalar, or a problem (`.some(nil)` is null).
    mutating func optionalString(_ node: YAMLNode, _ what: String) -> String?? {
        if let scalar = node.scalar, scalar.resolved == .null { return .some(nil) }
        return string(node, what).map { .some($0) }
    }

    /// A boolean, or a problem.
    mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        if case .bool(let value)? = node.scalar?.resolved { return value }
        report(.test(.wrongType, "\(what) must be true or false, found \(node.kindName) \(quoted: node)", at: node.span))
        return nil
    }

    /// A list of strings (one string is a list of one), or a problem.
    mutating func strings(_ node: YAMLNode, _ what: String) -> [String]? {
        if let scalar = node.scalar, scalar.resolved != .null { return [scalar.value] }
        guard let items = node.sequence else {
            report(.test(.wrongType, "\(what) must be a list of ids, found \(node.kindName)", at: node.span,
                         help: "write [] for none, or [id, ...]"))
            return nil
        }
        let values = items.compactMap { string($0, "an item of \(what)") }
        return values.count == items.count ? values : nil
    }

    /// One of `choices`, or a problem naming the closest one.
    mutating func choice(_ node: YAMLNode, _ what: String, among choices: [String]) -> String? {
        guard let text = string(node, what) else { return nil }
        guard choices.contains(text) else {
            report(.test(.invalidValue, "unknown \(what) \(quoted: text)", at: node.span,
                         help: Suggestions.didYouMean(text, in: choices) ?? "the values are \(Self.list(choices))"))
            return nil
        }
        return text
    }

    /// `a, b or c`.
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first.map { "\(quoted: $0)" } ?? "" }
        return names.dropLast().map { "\(quoted: $0)" }.joined(separator: ", ") + " or \(quoted: names.last!)"
    }
}
