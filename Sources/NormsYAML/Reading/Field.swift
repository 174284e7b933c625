import NormsSource

/// A YAML node being read, with the key path that names it in messages.
package struct Field {
    /// The value.
    package let node: YAMLNode
    /// The path of the mapping that holds the value under ``name``, or the whole path when the
    /// value has no name of its own.
    private let parent: FieldPath
    /// The key text naming the value in its mapping, for a field made by ``child(_:keySpan:value:)``.
    private let name: String?
    /// Where the key naming the value is written, when it is a mapping value: its positions
    /// alone. A key is in its value's file, so a field holds no second copy of the file's path,
    /// whose reference count every copy of a field would otherwise change for a long path.
    private let keyBounds: KeyBounds?
    /// Whether the value is an item of the sequence at ``path``.
    package let isItem: Bool

    /// - Parameter document: how messages name the whole document (`the policy`, `the message`).
    package init(node: YAMLNode, path: String, key: YAMLNode? = nil, isItem: Bool = false, document: String) {
        self.init(node: node, parent: FieldPath(path, document: document), name: nil, keyBounds: key.map { KeyBounds($0.span) },
                  isItem: isItem)
    }

    private init(node: YAMLNode, parent: FieldPath, name: String?, keyBounds: KeyBounds?, isItem: Bool) {
        self.node = node
        self.parent = parent
        self.name = name
        self.keyBounds = keyBounds
        self.isItem = isItem
    }

    /// Where a key starts and ends.
    private struct KeyBounds {
        let start: SourcePosition
        let end: SourcePosition

        init(_ span: SourceSpan) {
            start = span.start
            end = span.end
        }
    }

    /// Where the key naming the value is written, when it is a mapping value.
    package var keyLocation: SourceSpan? {
        keyBounds.map { SourceSpan(file: node.span.file, start: $0.start, end: $0.end) }
    }

    /// The dotted key path, such as `channels.email.mode` (empty for the document itself); put
    /// together only when asked for, since most values are read without any message naming them.
    package var path: String {
        guard let name else { return parent.text }
        let parentText = parent.text
        return parentText.isEmpty ? name : parentText + "." + name
    }

    /// The path as a value that fields under this one share.
    package var sharedPath: FieldPath {
        name.map { FieldPath(parent: parent, name: $0) } ?? parent
    }

    /// The value's span; the key's when the value is an empty scalar written as nothing (`key:`),
    /// whose span is empty.
    package var span: SourceSpan {
        if let keyLocation, node.span.start == node.span.end { return keyLocation }
        return node.span
    }

    /// Where the key is, or the value when it has no key.
    package var keySpan: SourceSpan { keyLocation ?? node.span }

    /// The key text naming the value, for a value read from a mapping by its key.
    package var keyName: String? { name }

    /// How messages name the value: `'channels.email.mode'` or `an item of 'kinds'`.
    package var label: String {
        if path.isEmpty { return parent.documentName }
        return isItem ? "an item of \(quoted: path)" : "\(quoted: path)"
    }

    /// The items of a sequence value, each as a field.
    package func items(_ nodes: [YAMLNode]) -> [Field] {
        let path = sharedPath
        return nodes.map { Field(node: $0, parent: path, name: nil, keyBounds: nil, isItem: true) }
    }

    /// An item of this sequence value, as a field.
    package func item(_ node: YAMLNode) -> Field {
        Field(node: node, parent: sharedPath, name: nil, keyBounds: nil, isItem: true)
    }

    /// A field for a value of this mapping under the key `keyText`, written at `keySpan`.
    package func child(_ keyText: String, keySpan: SourceSpan, value: YAMLNode) -> Field {
        Field(node: value, parent: sharedPath, name: keyText, keyBounds: KeyBounds(keySpan), isItem: false)
    }

    /// A field for a value known by `name` below `path` but not written under a key of its own,
    /// such as a list item named by its id (`rules.urgent`): the path is put together only when a
    /// message needs it.
    package init(node: YAMLNode, name: String, below path: FieldPath) {
        self.init(node: node, parent: path, name: name, keyBounds: nil, isItem: false)
    }

    /// A field for a value under the key `keyText` of the mapping whose ``sharedPath`` is `path`.
    package init(key keyText: String, keySpan: SourceSpan, value: YAMLNode, path: FieldPath) {
        self.init(node: value, parent: path, name: keyText, keyBounds: KeyBounds(keySpan), isItem: false)
    }
}

/// A dotted key path kept as a chain of names, spelled out only when a message needs it.
package final class FieldPath: Sendable {
    private let parent: FieldPath?
    /// The whole path at the root of a chain; one key name below it.
    private let component: String
    /// How messages name the whole document, at the root of a chain.
    private let document: String?

    package init(_ text: String, document: String) {
        parent = nil
        component = text
        self.document = document
    }

    package init(parent: FieldPath, name: String) {
        self.parent = parent
        component = name
        document = nil
    }

    /// How messages name the whole document: `the policy`, `the message`.
    package var documentName: String {
        document ?? parent?.documentName ?? "the document"
    }

    /// The path, such as `rules.urgent.when.channel`.
    package var text: String {
        guard let parent else { return component }
        let parentText = parent.text
        return parentText.isEmpty ? component : parentText + "." + component
    }
}

extension YAMLNode {
    /// What a message says was found: `the string 'yes'`, `the integer 15`, `a sequence`, `nothing`.
    package var foundDescription: String {
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
    package var isNull: Bool {
        if case .scalar(let scalar) = content, case .null = scalar.resolved { return true }
        return false
    }
}
