internal import CYAML

/// One libyaml parse event, copied into Swift values so that no C memory outlives the event.
struct ParserEvent {
    /// The anchor and tag written before a node.
    struct Properties {
        var anchor: String?
        /// The tag as libyaml resolved its handle (`tag:yaml.org,2002:int` for `!!int`), or `nil`.
        var tag: String?
    }

    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(value: String, style: ScalarStyle, properties: Properties)
        case sequenceStart(properties: Properties, isFlow: Bool)
        case sequenceEnd
        case mappingStart(properties: Properties, isFlow: Bool)
        case mappingEnd
    }

    /// A place in the input as libyaml counts it.
    struct Mark {
        /// The character index (not a byte offset) from just after a byte-order mark.
        var index: Int
        /// The 0-based line, counting the line breaks libyaml knows (see ``MarkTracker``).
        var line: Int
        /// The 0-based column, in characters.
        var column: Int

        init(_ mark: yaml_mark_t) {
            index = mark.index
            line = mark.line
            column = mark.column
        }
    }

    var kind: Kind
    /// The event's first character.
    var start: Mark
    /// Just after the event's last character.
    var end: Mark

    /// Copies a libyaml event, reading each union member only for its own event type.
    init(_ event: yaml_event_t) {
        start = Mark(event.start_mark)
        end = Mark(event.end_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT: kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            // Made in place: a short ASCII text (most of a policy's) becomes a small string
            // without the UTF-8 check `String(decoding:as:)` runs on it.
            let value = String(unsafeUninitializedCapacity: scalar.length) { buffer in
                buffer.initialize(fromContentsOf: UnsafeBufferPointer(start: scalar.value, count: scalar.length))
            }
            kind = .scalar(value: value, style: Self.style(scalar.style),
                           properties: Properties(anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag)))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            kind = .sequenceStart(properties: Properties(anchor: Self.string(start.anchor), tag: Self.string(start.tag)),
                                  isFlow: start.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            kind = .mappingStart(properties: Properties(anchor: Self.string(start.anchor), tag: Self.string(start.tag)),
                                 isFlow: start.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default: kind = .streamEnd  // YAML_STREAM_END_EVENT, and the empty event libyaml gives after it
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
