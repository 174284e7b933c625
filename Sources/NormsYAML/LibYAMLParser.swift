internal import CYAML

/// The one owner of a libyaml parser.
///
/// libyaml keeps a pointer to the parser inside the parser (its string reader's data) and a
/// pointer to the input, so the parser lives at a fixed address allocated here and freed in
/// `deinit`, and the input must outlive it: the caller keeps it in place. Each event is copied
/// into a ``ParserEvent`` and deleted before ``nextEvent()`` returns.
final class LibYAMLParser {
    /// Why libyaml stopped, with its positions still in libyaml's terms.
    struct Failure: Error {
        enum Location {
            /// A libyaml character index (see ``ParserEvent/Mark/index``).
            case characterIndex(Int)
            /// A byte offset into the input, as libyaml's reader reports it.
            case byteOffset(Int)
        }

        var problem: String
        var location: Location
        var context: String?
        var contextIndex: Int?
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Where an empty input points, since an empty buffer may have no address.
    private let empty: UnsafeMutablePointer<UInt8>?

    /// Prepares a parser over `bytes`, which it reads in place.
    /// - Parameter bytes: the input; it must stay valid and unchanged for the parser's lifetime.
    /// - Throws: a ``Failure`` when libyaml cannot allocate its buffers.
    init(bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw Failure(problem: "libyaml could not allocate its parser", location: .byteOffset(0))
        }
        var empty: UnsafeMutablePointer<UInt8>?
        if let start = bytes.baseAddress {
            yaml_parser_set_input_string(parser, start, bytes.count)
        } else {
            empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
            empty?.initialize(to: 0)
            yaml_parser_set_input_string(parser, empty, 0)
        }
        self.parser = parser
        self.empty = empty
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        empty?.deallocate()
    }

    /// The next event; call it no more after a `.streamEnd` event or a failure.
    func nextEvent() throws(Failure) -> ParserEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw failure() }
        defer { yaml_event_delete(&event) }
        return ParserEvent(event)
    }

    private func failure() -> Failure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "libyaml failed without saying why"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return Failure(problem: "libyaml ran out of memory", location: .characterIndex(state.mark.index))
        case YAML_READER_ERROR:
            return Failure(problem: problem, location: .byteOffset(state.problem_offset))
        default:
            return Failure(problem: problem, location: .characterIndex(state.problem_mark.index),
                           context: state.context.map { String(cString: $0) },
                           contextIndex: state.context == nil ? nil : state.context_mark.index)
        }
    }
}
