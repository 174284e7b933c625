#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Numbers distinct strings of bytes 0, 1, 2… in the order they are first given: lint's numbering
/// of condition names and escalation routes. (The evaluation plan's `NameTable` shares its open
/// addressing but keeps `String` keys, which compare faster for the names a decision looks up.)
///
/// Each string is hashed with FNV-1a into a table of ``OpenAddressing``: a `Dictionary` hashes
/// each key with SipHash behind a generic `Hasher`, several hundred instructions a key, where this
/// takes a few dozen for a short name. The strings' bytes are kept one after another in one array,
/// so the table holds four arrays whatever its size.
package struct ByteStringNumbers: Sendable {
    /// Per slot, the number of the string stored there, or `-1` for an empty slot.
    @usableFromInline var slots: [Int32]
    /// Every string's bytes, one after another, in the order of their numbers.
    @usableFromInline var bytes: [UInt8] = []
    /// Where each string ends in ``bytes``, by number.
    @usableFromInline var ends: [Int] = []
    /// Each string's hash, by number.
    @usableFromInline var hashes: [UInt64] = []

    /// An empty table with room for `count` strings before it first grows.
    package init(capacity count: Int = 0) {
        slots = [Int32](repeating: -1, count: OpenAddressing.slotCount(for: count))
    }

    /// How many strings are numbered.
    package var count: Int { ends.count }

    /// The number of `key`, given it now when it is new.
    package mutating func number(of key: UnsafeRawBufferPointer) -> Int32 {
        let hash = FNV1a.hash(key)
        let (slot, found) = find(key, hash: hash)
        if let found { return found }
        let number = Int32(ends.count)
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = number
        if ends.count * 2 > slots.count { rehash(size: slots.count * 2) }
        return number
    }

    /// The number of a text's UTF-8 bytes, given it now when they are new.
    package mutating func number(of text: String) -> Int32 {
        var text = text
        return text.withUTF8 { number(of: UnsafeRawBufferPointer($0)) }
    }

    /// The number of `key`, or `nil` when it has none.
    @inlinable package func existingNumber(of key: UnsafeRawBufferPointer) -> Int32? {
        find(key, hash: FNV1a.hash(key)).number
    }

    /// The number of a text's UTF-8 bytes, or `nil` when they have none.
    @inlinable package func existingNumber(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { existingNumber(of: UnsafeRawBufferPointer($0)) }
    }

    /// The slot that holds `key`, with its number, or the empty slot where it would go.
    @inlinable func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, number: Int32?) {
        let (slot, entry) = OpenAddressing.find(hash, in: slots) { hashes[$0] == hash && holds($0, key) }
        return (slot, entry.map(Int32.init))
    }

    /// Whether the string numbered `number` is `key`.
    @inlinable func holds(_ number: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == key.count else { return false }
        return bytes.withUnsafeBytes { stored in
            key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func rehash(size: Int) {
        var slots = [Int32](repeating: -1, count: size)
        for (number, hash) in hashes.enumerated() {
            slots[OpenAddressing.find(hash, in: slots) { _ in false }.slot] = Int32(number)
        }
        self.slots = slots
    }
}
