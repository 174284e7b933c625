import NormsSource

/// Turns libyaml's character indexes into ``SourcePosition``s.
///
/// libyaml's `mark.index` counts characters (Unicode scalars, a CRLF as two) from just after a
/// byte-order mark; it is not a byte offset. Its `line` and `column` count `\r`, NEL, LS and PS
/// as line breaks too, which ``SourceFile`` does not. So positions are worked out here from the
/// index alone, walking the UTF-8 bytes from the last position asked for: libyaml's events come
/// in document order, so the walk over a whole document stays linear even on a 16 MiB line.
/// The results agree with ``SourceFile/position(offset:)``.
///
/// In plain ASCII text (printable characters, tabs and line feeds only) that ends with a line
/// feed, libyaml's line and column are the position and its index the byte offset, so no walk is
/// needed. (At the end of input without a final line feed, libyaml moves its line and column to a
/// new line without moving the index.)
struct MarkTracker {
    private let source: SourceFile
    /// Whether a mark's own line and column are its position.
    private let marksArePositions: Bool
    /// `source.bytes`, read in place: the walk runs for every event, so it does not reach them
    /// through the array each time.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let firstByte: Int
    private var characterIndex = 0
    private var offset: Int
    private var line: Int
    private var column: Int

    /// - Parameters:
    ///   - source: the input libyaml parses.
    ///   - bytes: `source.bytes`, which must stay valid for as long as the tracker is used.
    ///   - layout: what the encoding check learnt about the input (its byte-order mark, the bytes
    ///     before libyaml's character 0).
    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>, layout: InputEncoding.Layout) {
        let byteOrderMarkLength = layout.byteOrderMarkLength
        self.source = source
        self.bytes = bytes
        marksArePositions = layout.isPlainASCII && (bytes.isEmpty || bytes[bytes.count - 1] == UInt8(ascii: "\n"))
        firstByte = byteOrderMarkLength
        offset = byteOrderMarkLength
        let start = source.position(offset: byteOrderMarkLength)
        line = start.line
        column = start.column
    }

    /// The position of a libyaml mark.
    mutating func position(of mark: ParserEvent.Mark) -> SourcePosition {
        guard marksArePositions else { return position(ofCharacter: mark.index) }
        return SourcePosition(line: mark.line + 1, column: mark.column + 1, offset: mark.index)
    }

    /// The position of libyaml's character `index`.
    mutating func position(ofCharacter index: Int) -> SourcePosition {
        if index >= characterIndex {
            walkForward(to: index)
        } else {
            walkBackward(to: index)
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }

    /// The position of a byte offset, for libyaml's reader errors, which count bytes.
    func position(ofByte offset: Int) -> SourcePosition {
        source.position(offset: offset)
    }

    private mutating func walkForward(to index: Int) {
        var characterIndex = characterIndex
        var offset = offset
        var line = line
        var column = column
        let count = bytes.count
        while characterIndex < index, offset < count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            offset = byte < 0x80 ? offset + 1 : min(count, offset + Self.utf8Width(leadByte: byte))
            characterIndex += 1
        }
        self.characterIndex = characterIndex
        self.offset = offset
        self.line = line
        self.column = column
    }

    private mutating func walkBackward(to index: Int) {
        var crossedLineBreak = false
        while characterIndex > index, offset > firstByte {
            offset -= 1
            while offset > firstByte, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            characterIndex -= 1
            if bytes[offset] == UInt8(ascii: "\n") { crossedLineBreak = true } else { column -= 1 }
        }
        if crossedLineBreak {
            let position = source.position(offset: offset)
            line = position.line
            column = position.column
        }
    }

    private static func utf8Width(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
