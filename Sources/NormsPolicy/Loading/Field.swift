import NormsSource
import NormsYAML

/// A YAML node being read, with the key path that names it in messages.
struct Field {
    /// The value.
    let node: YAMLNode
    /// The dotted key path, such as `channels.email.mode` (empty for the document itself).
    let path: String
    /// The key naming the value, when it is a mapping value.
    let key: YAMLNode?
    /// Whether the value is an item of the sequence at ``path``.
    let isItem: Bool

    init(node: YAMLNode, path: String, key: YAMLNode? = nil, isItem: Bool = false) {
        self.node = node
        self.path = path
        self.key = key
        self.isItem = isItem
    }

    /// The value's span; the key's when the value is an empty scalar written as nothing (`key:`),
    /// whose span is empty.
    var span: SourceSpan {
        if let key, node.span.start == node.span.end { return key.span }
        return node.span
    }

    /// Where the key is, or the value when it has no key.
    var keySpan: SourceSpan { key?.span ?? node.span }

    /// How messages name the value: `'channels.email.mode'` or `an item of 'kinds'`.
    var label: String {
        if path.isEmpty { return "the policy" }
        return isItem ? "an item of \(quoted: path)" : "\(quoted: path)"
    }

    /// The items of a sequence value, each as a field.
    func items(_ nodes: [YAMLNode]) -> [Field] {
        nodes.map { Field(node: $0, path: path, isItem: true) }
    }

    /// A field for a value of this mapping under `key`.
    func child(_ keyText: String, key: YAMLNode, value: YAMLNode) -> Field {
        Field(node: value, path: path.isEmpty ? keyText : "\(path).\(keyText)", key: key)
    }
}

extension YAMLNode {
    /// What a message says was found: `the string 'yes'`, `the integer 15`, `a sequence`, `nothing`.
    var foundDescription: String {
        switch content {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return scalar.value.isEmpty ? "nothing" : "null"
            case .bool: return "the boolean \(scalar.value)"
            case .int: return "the integer \(scalar.value)"
            case .float: return "the number \(scalar.value)"
            case .string(let text): return "the string \(quoted: text)"
            }
        }
    }

    /// Whether the node is a null scalar (`~`, `null` or nothing).
    var isNull: Bool {
        if case .scalar(let scalar) = content, case .null = scalar.resolved { return true }
        return false
    }

    /// The text of a scalar key, whatever type it resolves to.
    var keyText: String? { scalar?.value }
}
