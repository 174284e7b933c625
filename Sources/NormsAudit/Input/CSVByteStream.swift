import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a CSV file or of standard input as an `InputStream` for the CSV package, with a
/// bound on each row: once more than ``maxRowBytes`` bytes, plus what the parser reads ahead,
/// have been handed over since the reader last got a row (``rowDidEnd()``), the stream fails
/// instead of handing over more, so a hostile field never makes the parser buffer more than that.
///
/// The stream does not follow the CSV syntax itself: whatever the parser makes of quotes and line
/// ends (a quote inside an unquoted field is text, a lone CR ends a row), a row cannot grow past
/// the bound without the parser returning it.
final class CSVByteStream: InputStream {
    /// Why the stream stopped early.
    enum Failure: Error {
        case rowTooLong(row: Int)
        case unreadable(errno: Int32)
    }

    let maxRowBytes: Int
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var status: Stream.Status = .notOpen
    private var failure: Failure?
    /// Bytes handed over since the reader last got a row.
    private var rowBytes = 0
    /// Bytes read from the descriptor and not yet handed over.
    private var ahead: [UInt8] = []
    /// The number of the row being read, from 1.
    private(set) var row = 1
    /// What the parser may hold of the rows after the one it returns: one read of its buffer.
    static let readAhead = 64 * 1024

    /// A stream over an open file descriptor; it closes the descriptor only when it opened it.
    init(descriptor: Int32, ownsDescriptor: Bool, maxRowBytes: Int) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.maxRowBytes = maxRowBytes
        super.init(data: Data())
    }

    /// Why the stream stopped, if it did.
    var stopReason: Failure? { failure }

    /// The reader got a row from the parser: the next row's count starts.
    func rowDidEnd() {
        rowBytes = 0
        row += 1
    }

    override func open() { if status == .notOpen { status = .open } }

    override func close() {
        if status != .closed, ownsDescriptor { _ = closeDescriptor(descriptor) }
        status = .closed
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }
    /// Whether a read will hand over bytes: the parser asks before each byte it needs, so the
    /// answer must be exact at the end of the input, which takes reading ahead.
    override var hasBytesAvailable: Bool {
        if status == .open, ahead.isEmpty { fill() }
        // After a failure the parser must read once more, to be told of it.
        return !ahead.isEmpty || failure != nil
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if status == .open, ahead.isEmpty { fill() }
        if ahead.isEmpty { return failure == nil ? 0 : -1 }
        let allowed = maxRowBytes + Self.readAhead - rowBytes
        guard allowed > 0 else {
            failure = .rowTooLong(row: row)
            status = .error
            return -1
        }
        let count = min(maxLength, ahead.count, allowed)
        ahead.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: count) }
        ahead.removeFirst(count)
        rowBytes += count
        return count
    }

    /// Reads the next block into ``ahead``; at the end of the input or at a failure, the status
    /// says so.
    private func fill() {
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        var count: Int
        repeat { count = block.withUnsafeMutableBufferPointer { systemRead(descriptor, $0.baseAddress!, $0.count) } }
            while count < 0 && errno == EINTR
        if count < 0 {
            failure = .unreadable(errno: errno)
            status = .error
            return
        }
        if count == 0 {
            status = .atEnd
            return
        }
        ahead.append(contentsOf: block[..<count])
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }
