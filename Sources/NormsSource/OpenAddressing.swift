/// The open addressing of the project's tables of names — the evaluation plan's table of
/// `String`s, looked up a dozen times a decision, and ``ByteStringNumbers``: entry numbers in a
/// power-of-two array of slots, at most half full, probed one after another from a start given
/// by the key's FNV-1a hash. Each table keeps its own keys and says which entry holds a key, so
/// the plan compares `String`s (two words for a short name) where ``ByteStringNumbers`` compares
/// bytes. Inlinable, so that a lookup costs no call across modules.
package enum OpenAddressing {
    /// The number of slots for `count` entries: a power of two, at least 16, at most half full.
    @inlinable package static func slotCount(for count: Int) -> Int {
        var size = 16
        while size < count * 2 { size *= 2 }
        return size
    }

    /// The slot to start probing from: the hash's high half folded into its low bits, which alone
    /// depend only on the low bits of each byte.
    @inlinable package static func start(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ hash >> 32)
    }

    /// The slot whose entry `isKey` accepts, with that entry; else the first empty slot (`-1`)
    /// of the probe, where the key would go, and `nil`.
    @inlinable package static func find(_ hash: UInt64, in slots: [Int32], _ isKey: (Int) -> Bool) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = start(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return (slot, nil) }
            if isKey(entry) { return (slot, entry) }
            slot = (slot + 1) & mask
        }
    }
}
