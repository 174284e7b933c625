/// A position in a source file.
///
/// `line` and `column` are 1-based. The column counts Unicode scalars (code points) from the
/// start of the line, as libyaml does, so a tab or an `é` is one column. `offset` is the
/// 0-based UTF-8 byte offset from the start of the file.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }
    /// The 0-based UTF-8 byte offset from the start of the file.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    // Every node and value read from a file carries two positions, so lines, columns and offsets
    // take 32 bits each (values past 2^31 - 1 read as that; no input the loaders accept is a
    // hundredth of that size).
    @usableFromInline var storedLine: Int32
    @usableFromInline var storedColumn: Int32
    @usableFromInline var storedOffset: Int32

    /// Always inlined: the loaders make two positions for every node they read, and a call
    /// costs more than the three clamped stores.
    @inlinable @inline(__always)
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
