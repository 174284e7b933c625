/// A position in a source file.
///
/// `line` and `column` are 1-based. The column counts Unicode scalars (code points) from the
/// start of the line, as libyaml does, so a tab or an `é` is one column. `offset` is the
/// 0-based UTF-8 byte offset from the start of the file.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// The 0-based UTF-8 byte offset from the start of the file.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
