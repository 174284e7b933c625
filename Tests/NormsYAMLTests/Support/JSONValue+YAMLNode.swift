import NormsYAML

extension JSONValue {
    /// The JSON form of a loaded node, typed by the core schema as ``YAMLScalar/resolved`` types
    /// it; `nil` when a mapping has a key that is not a scalar, which JSON cannot hold.
    init?(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            self = switch scalar.resolved {
            case .null: .null
            case .bool(let value): .bool(value)
            case .int(let value): .number(Double(value))
            case .float(let value): .number(value)
            case .string(let value): .string(value)
            }
        case .sequence(let items):
            var values: [JSONValue] = []
            for item in items {
                guard let value = JSONValue(item) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for entry in mapping.entries {
                guard let key = entry.key.scalar?.value, let value = JSONValue(entry.value) else { return nil }
                members[key] = value
            }
            self = .object(members)
        }
    }
}
