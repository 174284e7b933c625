import NormsSource

/// One pass over an input: libyaml's events in, positioned documents out.
///
/// Ties together the three parts that each own one job: ``LibYAMLParser`` (the C parser),
/// ``MarkTracker`` (libyaml marks to positions) and ``NodeComposer`` (events to nodes).
struct DocumentReader {
    private let source: SourceFile
    private let parser: LibYAMLParser
    private var tracker: MarkTracker
    private var composer: NodeComposer

    /// Checks the size and the encoding, then prepares libyaml.
    /// - Parameter bytes: `source.bytes`, which libyaml reads without a copy: they must stay
    ///   valid for as long as the reader is used.
    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) {
        self.source = source
        guard source.bytes.count <= limits.maxBytes else {
            let start = SourceSpan(file: source.path, at: SourcePosition(line: 1, column: 1, offset: 0))
            throw YAMLError(.tooLarge(bytes: source.bytes.count, limit: limits.maxBytes), at: start)
        }
        let layout = try InputEncoding.validate(source)
        tracker = MarkTracker(source: source, bytes: bytes, layout: layout)
        composer = NodeComposer(limits: limits)
        do {
            parser = try LibYAMLParser(bytes: bytes)
        } catch {
            throw YAMLError(.syntax(problem: error.problem, context: nil, contextSpan: nil),
                            at: SourceSpan(file: source.path, at: source.position(offset: 0)))
        }
    }

    /// Reads the documents in order.
    /// - Parameter allowsSeveral: when `false`, a second document is an error.
    /// - Returns: the documents' roots; an empty input has none.
    mutating func readDocuments(allowsSeveral: Bool) throws(YAMLError) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        var root: YAMLNode?
        while true {
            let event = try nextEvent()
            let (start, end) = (event.start, event.end)
            // Taken apart rather than copied: a scalar's text moves on into its node.
            let kind = event.kind
            switch consume kind {
            case .streamStart:
                continue
            case .streamEnd:
                return documents
            case .documentStart:
                if !allowsSeveral, !documents.isEmpty {
                    throw YAMLError(.multipleDocuments, at: span(from: start, to: end))
                }
                composer.beginDocument()
            case .documentEnd:
                if let root { documents.append(root) }
                root = nil
            case .alias(let anchor):
                root = try composer.addAlias(anchor, span: span(from: start, to: end)) ?? root
            case .scalar(let value, let style, let properties):
                root = try composer.addScalar(value, style: style, tag: properties.tag, anchor: properties.anchor,
                                              span: span(from: start, to: end)) ?? root
            case .sequenceStart(let properties, let isFlow):
                try composer.startCollection(isMapping: false, properties: properties, isFlow: isFlow,
                                             span: span(from: start, to: end))
            case .mappingStart(let properties, let isFlow):
                try composer.startCollection(isMapping: true, properties: properties, isFlow: isFlow,
                                             span: span(from: start, to: end))
            case .sequenceEnd, .mappingEnd:
                root = try composer.endCollection(span: span(from: start, to: end)) ?? root
            }
        }
    }

    private mutating func nextEvent() throws(YAMLError) -> ParserEvent {
        do {
            return try parser.nextEvent()
        } catch {
            throw syntaxError(error)
        }
    }

    /// The span between two of libyaml's marks.
    private mutating func span(from start: ParserEvent.Mark, to end: ParserEvent.Mark) -> SourceSpan {
        SourceSpan(file: source.path, start: tracker.position(of: start), end: tracker.position(of: end))
    }

    private mutating func syntaxError(_ failure: LibYAMLParser.Failure) -> YAMLError {
        let contextSpan = failure.contextIndex.map { SourceSpan(file: source.path, at: tracker.position(ofCharacter: $0)) }
        let position = switch failure.location {
        case .characterIndex(let index): tracker.position(ofCharacter: index)
        case .byteOffset(let offset): tracker.position(ofByte: offset)
        }
        let kind = YAMLError.Kind.syntax(problem: failure.problem, context: failure.context, contextSpan: contextSpan)
        return YAMLError(kind, at: SourceSpan(file: source.path, at: position))
    }
}
