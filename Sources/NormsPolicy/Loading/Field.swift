import NormsSource
import NormsYAML

/// A YAML node being read, with the key path that names it in messages.
struct Field {
    /// The value.
    let node: YAMLNode
    /// The path of the mapping that holds the value under ``name``, or the whole path when the
    /// value has no name of its own.
    private let parentPath: String
    /// The key text naming the value in its mapping, for a field made by ``child(_:key:value:)``.
    private let name: String?
    /// The key naming the value, when it is a mapping value.
    let key: YAMLNode?
    /// Whether the value is an item of the sequence at ``path``.
    let isItem: Bool

    init(node: YAMLNode, path: String, key: YAMLNode? = nil, isItem: Bool = false) {
        self.node = node
        self.parentPath = path
        self.name = nil
        self.key = key
        self.isItem = isItem
    }

    private init(node: YAMLNode, parentPath: String, name: String, key: YAMLNode) {
        self.node = node
        self.parentPath = parentPath
        self.name = name
        self.key = key
        self.isItem = false
    }

    /// The dotted key path, such as `channels.email.mode` (empty for the document itself); put
    /// together only when asked for, since most values are read without any message naming them.
    var path: String {
        guard let name else { return parentPath }
        return parentPath.isEmpty ? name : parentPath + "." + name
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
        Field(node: value, parentPath: path, name: keyText, key: key)
    }

    /// A field for a value of this mapping under `key`, when this field's ``path`` is known already.
    func child(_ keyText: String, key: YAMLNode, value: YAMLNode, path: String) -> Field {
        Field(node: value, parentPath: path, name: keyText, key: key)
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
