import NIOCore
import NormsReporting
import NormsSource

/// Splits a request body into lines as its pieces arrive, with the line rules of ``BoundedReader``:
/// a line ends at LF or at the end of the body, a CR just before the LF belongs to the break, and a
/// line over `maxLineBytes` keeps only its first `maxLineBytes` bytes (the rest is dropped as it
/// arrives), so memory stays bounded by one line however long the body or the line.
struct BodyLineSplitter {
    let maxLineBytes: Int
    /// The start of the line not yet ended, kept up to the limit.
    private var partial: [UInt8] = []
    private var partialLength = 0
    private var lineNumber = 1
    /// The byte offset of the unfinished line's first byte.
    private var lineOffset = 0

    init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
    }

    /// The lines that `buffer` completes, as one chunk.
    mutating func append(_ buffer: ByteBuffer) -> BatchChunk {
        var chunk = BatchChunk()
        buffer.withUnsafeReadableBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                keep(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                endLine(endsWithLineFeed: true, into: &chunk)
                start = end + 1
            }
            keep(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return chunk
    }

    /// The last line, when the body does not end with a line feed.
    mutating func finish() -> BatchChunk {
        var chunk = BatchChunk()
        if partialLength > 0 { endLine(endsWithLineFeed: false, into: &chunk) }
        return chunk
    }

    private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = max(0, maxLineBytes + 1 - partial.count)
        partial.append(contentsOf: bytes.prefix(room))
        partialLength += bytes.count
    }

    private mutating func endLine(endsWithLineFeed: Bool, into chunk: inout BatchChunk) {
        var length = partialLength
        // A CR before the LF is part of the line break, as in BoundedReader.
        if endsWithLineFeed, length > 0, length <= partial.count, partial[length - 1] == UInt8(ascii: "\r") {
            length -= 1
        }
        let isTooLong = length > maxLineBytes
        let kept = min(length, maxLineBytes)
        let start = chunk.bytes.count
        chunk.bytes.append(contentsOf: partial.prefix(kept))
        chunk.lines.append(BoundedReader.Line(
            number: lineNumber, offset: lineOffset, range: start..<start + kept, length: length,
            isTooLong: isTooLong, endsWithLineFeed: endsWithLineFeed))
        lineOffset += partialLength + (endsWithLineFeed ? 1 : 0)
        lineNumber += 1
        partial.removeAll(keepingCapacity: partial.count <= 1 << 16)
        partialLength = 0
    }
}
