/// Compact JSON appended straight to a byte buffer, for output written once per message by the
/// hundred thousand: no intermediate ``JSONValue`` tree and no `String` building.
///
/// Strings are escaped exactly as ``JSONValue`` escapes them (both use ``appendString(_:)``): `"`,
/// `\`, and the C0 controls as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00xx` (lowercase hex); DEL,
/// the C1 controls, the bidirectional formatting characters and U+2028/U+2029 as `\u007f`,
/// `\u0085`, `\u202e`, ..., so that JSON written to a terminal or a CI log shows no character that
/// controls it or reorders text, and stays valid JSON; everything else, non-ASCII included, is
/// copied as UTF-8.
public struct JSONOutput: @unchecked Sendable {
    // The bytes live in one allocation that doubles when it fills and is written in place
    // (`Array.append(contentsOf:)` costs about a hundred instructions whatever the length, and a
    // decision makes some fifty appends). Its owner frees it; copies of an output share it until one
    // of them writes, which then takes a copy of its own (so the type is Sendable as an array is).
    // The pointer and counts are this struct's own fields, not the owner's, so writing needs no
    // runtime exclusivity check.
    @usableFromInline var owner: ByteBufferOwner
    @usableFromInline var pointer: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var used = 0

    /// The number of bytes written so far.
    public var count: Int { used }

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        owner = ByteBufferOwner(capacity: self.capacity)
        pointer = owner.pointer
    }

    /// The JSON written so far (a copy).
    public var bytes: [UInt8] {
        withBytes { Array($0) }
    }

    /// The last byte written, if any.
    public var last: UInt8? { count > 0 ? pointer[count - 1] : nil }

    /// Calls `body` with the bytes written so far, without copying them.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: pointer, count: count)) }
    }

    /// Appends one byte, such as the `,` between list items.
    @inlinable public mutating func appendByte(_ byte: UInt8) {
        reserve(1)[0] = byte
        used += 1
    }

    /// Appends bytes that are already JSON, such as a value written earlier.
    public mutating func appendRaw(_ json: [UInt8]) {
        json.withUnsafeBufferPointer { appendRaw($0) }
    }

    /// Appends bytes that are already JSON.
    @inlinable public mutating func appendRaw(_ json: UnsafeBufferPointer<UInt8>) {
        guard let source = json.baseAddress, json.count > 0 else { return }
        reserve(json.count).initialize(from: source, count: json.count)
        used += json.count
    }

    /// Appends `count` bytes that `write` writes in place, every one of them: for text formatted
    /// straight into the buffer, such as a timestamp.
    @inlinable package mutating func appendInPlace(count: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void) {
        write(reserve(count))
        used += count
    }

    /// Appends text that is already JSON, such as `{"policy":` or `,`: inlined wherever it is
    /// written, so that copying a short constant is a few moves rather than a call.
    @inlinable @inline(__always) public mutating func appendRaw(_ text: StaticString) {
        appendRaw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Makes room for `total` bytes in all, so that writing up to that many copies nothing when
    /// the buffer would otherwise grow.
    package mutating func reserveCapacity(_ total: Int) {
        if total > capacity { moveToNewBuffer(holding: total) }
    }

    /// Removes the last byte written; there must be one.
    public mutating func removeLast() {
        precondition(used > 0, "removeLast() on empty JSON output")
        used -= 1
    }

    /// Forgets everything written, keeping the buffer's room for what comes next.
    public mutating func removeAll() {
        used = 0
    }

    /// Room for `extra` more bytes at the end of a buffer this value alone holds: where they go.
    @inlinable mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - used < extra || !isKnownUniquelyReferenced(&owner) {
            moveToNewBuffer(holding: used + extra)
        }
        return pointer + used
    }

    /// Copies the bytes to a buffer of this value's own, of at least `needed` bytes and at least
    /// twice the current one when it grows.
    @usableFromInline mutating func moveToNewBuffer(holding needed: Int) {
        let larger = needed > capacity ? max(needed, capacity * 2) : capacity
        let moved = ByteBufferOwner(capacity: larger)
        moved.pointer.initialize(from: pointer, count: used)
        owner = moved
        pointer = moved.pointer
        capacity = larger
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public mutating func appendString(_ text: String) {
        var text = text
        text.withUTF8 { appendString(utf8: $0) }
    }

    /// Appends a string, or `null` for `nil`.
    public mutating func appendOptionalString(_ text: String?) {
        if let text { appendString(text) } else { appendRaw("null") }
    }

    /// Appends `true` or `false`.
    public mutating func appendBool(_ value: Bool) {
        value ? appendRaw("true") : appendRaw("false")
    }

    /// Appends an integer in decimal.
    public mutating func appendInt(_ value: Int) {
        if value < 0 { appendByte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // At most 20 digits, written backwards into a buffer on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            appendRaw(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends UTF-8 text as a quoted, escaped JSON string.
    public mutating func appendString(utf8: UnsafeBufferPointer<UInt8>) {
        appendByte(UInt8(ascii: "\""))
        // Most strings need no escaping: copy runs of plain bytes whole.
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let escaped: (value: UInt32, length: Int)
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                escaped = (UInt32(byte), 1)
            } else if byte >= 0x7F, let hidden = DisplayText.hiddenCharacter(in: utf8, at: index) ?? Self.lineSeparator(in: utf8, at: index) {
                escaped = hidden
            } else {
                index += 1
                continue
            }
            if index > runStart { appendRaw(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            index += escaped.length
            runStart = index
            switch escaped.value {
            case UInt32(UInt8(ascii: "\"")): appendRaw("\\\"")
            case UInt32(UInt8(ascii: "\\")): appendRaw("\\\\")
            case UInt32(UInt8(ascii: "\n")): appendRaw("\\n")
            case UInt32(UInt8(ascii: "\r")): appendRaw("\\r")
            case UInt32(UInt8(ascii: "\t")): appendRaw("\\t")
            case 0x08: appendRaw("\\b")
            case 0x0C: appendRaw("\\f")
            default: appendUnicodeEscape(escaped.value)
            }
        }
        if utf8.count > runStart { appendRaw(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        appendByte(UInt8(ascii: "\""))
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane, in lowercase hex.
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        appendRaw("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            appendByte(hex.utf8Start[Int(value >> UInt32(shift) & 0x0F)])
        }
    }

    /// U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`) at `index`: valid in JSON, but line breaks to
    /// JavaScript and to some terminals.
    private static func lineSeparator(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        guard utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80,
              utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else { return nil }
        return (0x2000 | UInt32(utf8[index + 2] & 0x3F), 3)
    }
}

/// Frees a ``JSONOutput``'s buffer when the last output using it goes.
@usableFromInline final class ByteBufferOwner: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<UInt8>

    @usableFromInline init(capacity: Int) {
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }
}
