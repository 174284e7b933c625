#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file, a pipe or standard input in bounded memory: all of it up to a byte limit, or one
/// line at a time up to a per-line limit.
///
/// Nothing past a limit is kept. ``readAll(maxBytes:)`` reads at most one byte past the limit and
/// then throws, so `norms check - < /dev/zero` stops at the limit instead of growing until it is
/// killed. ``readLine(appendingTo:maxBytes:)`` keeps the first `maxBytes` bytes of an over-long
/// line and reads the rest of it in fixed-size pieces that it drops, so a 1 GB line costs
/// `maxBytes` plus one read buffer. A size known in advance (a regular file's) is not trusted: the
/// limit is enforced on the bytes actually read, which also covers FIFOs, `/dev/stdin` and files
/// that grow while they are read.
///
/// **Lines** end at a line feed (LF, 0x0A) or at the end of the input: a last line without a
/// line feed is a line like any other, and input that ends with a line feed has no empty line
/// after it. One carriage return (CR, 0x0D) just before the line's end belongs to the line break,
/// so CRLF input reads as LF input. Neither is part of the line's bytes nor counted against the
/// limit.
///
/// The reader owns its file descriptor (standard input excepted) and closes it in `deinit`.
public final class BoundedReader {
    /// One line returned by ``BoundedReader/readLine(appendingTo:maxBytes:)``.
    public struct Line: Sendable, Equatable {
        /// The 1-based line number.
        public var number: Int
        /// The 0-based byte offset of the line's first byte from the start of the input.
        public var offset: Int
        /// Where the line's bytes were appended in the caller's buffer: all of them, or only the
        /// first `maxBytes` when ``isTooLong``.
        public var range: Range<Int>
        /// The line's length in bytes, without its line break, however long it was.
        public var length: Int
        /// Whether the line was longer than the limit; only its first `maxBytes` bytes were kept.
        public var isTooLong: Bool
        /// Whether a line feed ended the line (`false` only for a last line without one).
        public var endsWithLineFeed: Bool

        /// A line read by another reader of lines, such as a request body split as it arrives.
        package init(number: Int, offset: Int, range: Range<Int>, length: Int, isTooLong: Bool, endsWithLineFeed: Bool) {
            self.number = number
            self.offset = offset
            self.range = range
            self.length = length
            self.isTooLong = isTooLong
            self.endsWithLineFeed = endsWithLineFeed
        }
    }

    /// Input longer than a limit, with the position of its first byte past the limit.
    public struct LimitExceeded: DiagnosticError, Sendable, Equatable {
        /// The label the input is known by: a path, or `<stdin>`.
        public var label: String
        /// The limit, in bytes.
        public var limit: Int
        /// The first byte past the limit: 1-based line and column (in Unicode scalars, counting
        /// the kept bytes) and the byte offset from the start of the input.
        public var position: SourcePosition
        /// The line that is too long, or `nil` when the input as a whole is.
        public var line: Int?

        public init(label: String, limit: Int, position: SourcePosition, line: Int?) {
            self.label = label
            self.limit = limit
            self.position = position
            self.line = line
        }

        /// `io.too-large` for a whole input, `io.line-too-long` for one line.
        public var diagnostics: [Diagnostic] {
            let span = SourceSpan(file: label, at: position)
            guard let line else {
                return [Diagnostic(
                    IODiagnosticCode.tooLarge, message: "the input is longer than the limit of \(Self.size(limit))", span: span,
                    help: "split the input; a policy or a message is never this large")]
            }
            return [Diagnostic(
                IODiagnosticCode.lineTooLong, message: "line \(line) is longer than the limit of \(Self.size(limit))", span: span,
                help: "shorten the message's text or split it; each line holds one JSON message")]
        }

        /// `16 MiB (16777216 bytes)`, or `300 bytes` for a limit that is no whole number of KiB.
        static func size(_ bytes: Int) -> String {
            if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB (\(bytes) bytes)" }
            if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB (\(bytes) bytes)" }
            return "\(bytes) bytes"
        }

        /// The error for a line longer than `limit`, from the line's first `limit` bytes.
        /// - Parameters:
        ///   - kept: the line's first `limit` bytes, which give the column past them.
        public static func line(
            _ line: Line, kept: some Collection<UInt8>, limit: Int, label: String
        ) -> LimitExceeded {
            let column = 1 + kept.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return LimitExceeded(label: label, limit: limit,
                                 position: SourcePosition(line: line.number, column: column, offset: line.offset + limit),
                                 line: line.number)
        }
    }

    /// The label diagnostics use for the input: the path, or `<stdin>`.
    public let label: String
    /// The size of a regular file when it was opened; `nil` for pipes, terminals and devices.
    public let regularFileSize: Int?

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var bufferStart = 0
    private var bufferEnd = 0
    private var atEnd = false
    /// Bytes taken out of the buffer so far: the offset of the next unread byte.
    private var consumed = 0
    private var lineNumber = 0

    /// The size of each `read(2)`: 64 KiB.
    public static let readSize = 64 * 1024

    private init(descriptor: Int32, label: String, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.label = label
        self.ownsDescriptor = ownsDescriptor
        var status = stat()
        regularFileSize = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        buffer = [UInt8](repeating: 0, count: Self.readSize)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// A reader of standard input, labelled `label`; standard input stays open after the reader.
    public static func standardInput(label: String = "<stdin>") -> BoundedReader {
        BoundedReader(descriptor: 0, label: label, ownsDescriptor: false)
    }

    /// Opens a file for reading.
    /// - Throws: ``SourceFileError`` when the path names nothing, a folder, or a file that cannot be read.
    public convenience init(path: String) throws(SourceFileError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SourceFileError(path: path, reason: errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw SourceFileError(path: path, reason: .isDirectory)
        }
        self.init(descriptor: descriptor, label: path, ownsDescriptor: true)
    }

    // MARK: - Reading

    /// Reads everything that is left, up to `maxBytes` bytes.
    /// - Returns: the bytes; never more than `maxBytes`.
    /// - Throws: ``LimitExceeded`` at the first byte past the limit, having read no further than
    ///   that byte; ``SourceFileError`` (`unreadable`) when reading fails.
    public func readAll(maxBytes: Int) throws -> [UInt8] {
        var bytes = Array(buffer[bufferStart..<bufferEnd].prefix(maxBytes + 1))
        consumed += bytes.count
        bufferStart = bufferEnd
        while bytes.count <= maxBytes, !atEnd {
            let wanted = min(Self.readSize, maxBytes + 1 - bytes.count)
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: wanted))
            let count = try bytes.withUnsafeMutableBufferPointer { try readSome(into: $0.baseAddress! + start, count: wanted) }
            bytes.removeLast(wanted - count)
            consumed += count
        }
        guard bytes.count > maxBytes else { return bytes }
        bytes.removeLast(bytes.count - maxBytes)
        throw LimitExceeded(label: label, limit: maxBytes, position: Self.position(after: bytes), line: nil)
    }

    /// The position just after `bytes`, counted as ``SourceFile`` counts (a byte-order mark at
    /// the start takes no column), without the copy and the line index a ``SourceFile`` would make.
    private static func position(after bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var column = 1
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, !(offset == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF])) {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column, offset: bytes.count)
    }

    /// Reads the next line and appends its bytes, without the line break, to `destination`.
    ///
    /// A line longer than `maxBytes` bytes is read to its end, but only its first `maxBytes` bytes
    /// are appended and it is marked ``Line/isTooLong``.
    /// - Returns: the line, or `nil` at the end of the input.
    /// - Throws: ``SourceFileError`` (`unreadable`) when reading fails.
    public func readLine(appendingTo destination: inout [UInt8], maxBytes: Int) throws -> Line? {
        let start = destination.count
        let offset = consumed
        var length = 0
        var lastByte: UInt8 = 0
        // One byte more than the limit may be kept: a CR that turns out to end the line.
        let keepLimit = maxBytes + 1
        var foundLineFeed = false
        while !foundLineFeed {
            if bufferStart == bufferEnd {
                try refill()
                if bufferStart == bufferEnd { break }
            }
            let (segmentEnd, isLineFeed) = buffer.withUnsafeBufferPointer { pointer in
                let base = pointer.baseAddress! + bufferStart
                guard let found = memchr(base, 0x0A, bufferEnd - bufferStart) else { return (bufferEnd, false) }
                return (bufferStart + (UnsafeRawPointer(found) - UnsafeRawPointer(base)), true)
            }
            let take = min(segmentEnd - bufferStart, keepLimit - (destination.count - start))
            if take > 0 { destination.append(contentsOf: buffer[bufferStart..<bufferStart + take]) }
            if segmentEnd > bufferStart { lastByte = buffer[segmentEnd - 1] }
            length += segmentEnd - bufferStart
            consumed += segmentEnd - bufferStart
            bufferStart = segmentEnd
            if isLineFeed {
                bufferStart += 1
                consumed += 1
                foundLineFeed = true
            }
        }
        guard foundLineFeed || length > 0 else { return nil }
        lineNumber += 1
        if length > 0, lastByte == 0x0D {
            length -= 1
            // The CR was kept only when the whole line was.
            if destination.count - start > length { destination.removeLast() }
        }
        let isTooLong = length > maxBytes
        if destination.count - start > maxBytes { destination.removeLast(destination.count - start - maxBytes) }
        return Line(number: lineNumber, offset: offset, range: start..<destination.count, length: length,
                    isTooLong: isTooLong, endsWithLineFeed: foundLineFeed)
    }

    // MARK: - System calls

    private func refill() throws {
        bufferStart = 0
        bufferEnd = 0
        guard !atEnd else { return }
        bufferEnd = try buffer.withUnsafeMutableBufferPointer { try readSome(into: $0.baseAddress!, count: $0.count) }
    }

    /// One `read(2)`, retried when interrupted; 0 at the end of the input.
    private func readSome(into pointer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        while true {
            let result = read(descriptor, pointer, count)
            if result > 0 { return result }
            if result == 0 {
                atEnd = true
                return 0
            }
            if errno == EINTR { continue }
            throw SourceFileError(path: label, reason: .unreadable)
        }
    }
}
