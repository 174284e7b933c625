import Foundation

/// The text of one input file, with an index of where its lines start.
public struct SourceFile: Sendable {
    /// The path as the user named it, or a label such as `<stdin>`.
    public let path: String
    /// The raw bytes.
    public let bytes: [UInt8]
    /// UTF-8 byte offset at which each line's text starts: `lineStarts[0]` is 0, or 3 after a
    /// UTF-8 byte-order mark, which is not part of the first line's text or columns.
    private let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        bytes.withUnsafeBufferPointer { buffer in
            // memchr finds each line feed many bytes at a time.
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
                starts.append(offset)
            }
        }
        self.lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The largest file ``read(path:maxBytes:)`` reads by default: 16 MiB.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// Reads a file from disk.
    ///
    /// The size is checked before anything is read, so a huge file costs neither time nor memory;
    /// the bytes are then read through a ``BoundedReader``, so a pipe, a device or a file that grows
    /// stops at the limit too.
    /// - Parameter maxBytes: the largest file to read.
    /// - Throws: ``SourceFileError`` when the file is missing, a folder, unreadable or too large;
    ///   ``BoundedReader/LimitExceeded`` when more than `maxBytes` bytes turn up while reading.
    public static func read(path: String, maxBytes: Int = defaultMaxBytes) throws -> SourceFile {
        guard let reader = try? BoundedReader(path: path) else { throw unopened(path) }
        // The size the file had when it was opened, from the same descriptor that is read.
        if let size = reader.regularFileSize, size > maxBytes {
            throw SourceFileError(path: path, reason: .tooLarge(bytes: size, limit: maxBytes))
        }
        do {
            return SourceFile(path: path, bytes: try reader.readAll(maxBytes: maxBytes))
        } catch let error as BoundedReader.LimitExceeded {
            throw error
        } catch {
            throw unopened(path)
        }
    }

    /// Why a file could not be opened or read: it is missing, a folder, a loop of symbolic links,
    /// or unreadable.
    private static func unopened(_ path: String) -> SourceFileError {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let absent: SourceFileError.Reason = FilePaths.isSymbolicLinkLoop(path) ? .symbolicLinkLoop : .missing
        return SourceFileError(path: path, reason: exists ? (isDirectory.boolValue ? .isDirectory : .unreadable) : absent)
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break (nor a leading byte-order mark);
    /// `nil` past the end.
    public func line(_ number: Int) -> String? {
        lineRange(number).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where the text of a 1-based line lies in ``bytes``, as ``line(_:)`` gives it; `nil` past
    /// the end.
    package func lineRange(_ number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The position of a 1-based line and a 1-based column counted in Unicode scalars (a
    /// byte-order mark at the start of the file takes no column).
    public func position(line: Int, column: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else {
            return SourcePosition(line: line, column: column, offset: bytes.count)
        }
        var offset = lineStarts[line - 1]
        var scalars = 1
        while scalars < column, offset < bytes.count {
            offset += Self.utf8Width(leadByte: bytes[offset])
            scalars += 1
        }
        return SourcePosition(line: line, column: column, offset: min(offset, bytes.count))
    }

    /// The position of a 0-based UTF-8 byte offset.
    public func position(offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var cursor = lineStarts[low]
        while cursor < clamped {
            cursor += Self.utf8Width(leadByte: bytes[cursor])
            column += 1
        }
        return SourcePosition(line: low + 1, column: column, offset: clamped)
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

/// A file that could not be read.
public struct SourceFileError: DiagnosticError, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing, isDirectory, unreadable
        /// A symbolic link that leads, through other links, back to itself.
        case symbolicLinkLoop
        case tooLarge(bytes: Int, limit: Int)
    }
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var diagnostics: [Diagnostic] {
        switch reason {
        case .missing: unreadable("no such file \(quotedPath: path)")
        case .isDirectory: unreadable("\(quotedPath: path) is a folder, not a file")
        case .unreadable: unreadable("cannot read \(quotedPath: path)")
        case .symbolicLinkLoop:
            [Diagnostic(IODiagnosticCode.symlinkLoop, message: "\(quotedPath: path) is a symbolic link loop: its links lead back to themselves, never to a file",
                        span: nil, help: "point the link at the file it stands for, or remove it")]
        case .tooLarge(let bytes, let limit):
            [Diagnostic(
                IODiagnosticCode.tooLarge, message: "the file is \(bytes) bytes, more than the limit of \(limit)",
                span: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1, offset: 0)),
                help: "split the file; a policy or a message is never this large")]
        }
    }

    private func unreadable(_ message: String) -> [Diagnostic] {
        [Diagnostic(IODiagnosticCode.unreadable, message: message, span: nil, help: "check the path and its permissions")]
    }
}
