import NormsSource
import NormsYAML

extension YAMLNode {
    /// The node as JSON, as a JSON Schema validator sees a YAML file: scalars typed by the YAML 1.2
    /// core schema (so `2026-12-24` and `09:00` stay strings), mapping keys as their text.
    public var jsonValue: JSONValue {
        switch content {
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .int(value)
            case .float(let value): return .double(value)
            case .string(let text): return .string(text)
            }
        case .sequence(let items):
            return .array(items.map(\.jsonValue))
        case .mapping(let mapping):
            return .object(mapping.entries.map { ($0.key.scalar?.value ?? $0.key.description, $0.value.jsonValue) })
        }
    }
}
