/// A range of a source file: where a value was read from.
///
/// `end` is exclusive: it is the position just after the last character of the value.
public struct SourceSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user named it (or a label such as `<stdin>`).
    public var file: String
    /// The first character of the value.
    public var start: SourcePosition
    /// The position just after the value.
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A zero-width span at one position.
    public init(file: String, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    /// A span for values that were not read from any file (defaults, command-line flags).
    public static func synthetic(_ label: String) -> SourceSpan {
        let origin = SourcePosition(line: 0, column: 0, offset: 0)
        return SourceSpan(file: label, start: origin, end: origin)
    }

    /// Whether this span points into a real file position.
    public var isSynthetic: Bool { start.line == 0 }

    /// File, then start, then end: the order agrees with `==`, so of two different spans one
    /// always comes first.
    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }

    /// `file:line:column`, the form editors and CI systems understand.
    public var description: String {
        let file = DisplayText.escaped(file)
        return isSynthetic ? file : "\(file):\(start.line):\(start.column)"
    }
}
