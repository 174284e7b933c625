import NormsSource
import Testing

/// The probing both name tables share: slots at most half full, a start from the hash, and the
/// next slot (wrapping) until the key or an empty slot.
@Suite struct OpenAddressingTests {
    @Test func theTableIsAPowerOfTwoAtMostHalfFull() {
        #expect(OpenAddressing.slotCount(for: 0) == 16)
        #expect(OpenAddressing.slotCount(for: 8) == 16)
        #expect(OpenAddressing.slotCount(for: 9) == 32)
        #expect(OpenAddressing.slotCount(for: 1_000) == 2_048)
    }

    @Test func theStartFoldsTheHighHalfIntoTheLow() {
        #expect(OpenAddressing.start(0x0000_0001_0000_0000) == 0x0000_0001_0000_0001)
        #expect(OpenAddressing.start(0x0000_0000_0000_00FF) == 0xFF)
        #expect(OpenAddressing.start(0xFFFF_FFFF_0000_0000) & 0xF == 0xF)
    }

    @Test func aProbeWalksOnFromTheStartAndWraps() {
        // Sixteen slots: hash 14 starts at slot 14; slots 14 and 15 hold entries 3 and 5, slot 0
        // entry 7, slot 1 is empty.
        var slots = [Int32](repeating: -1, count: 16)
        (slots[14], slots[15], slots[0]) = (3, 5, 7)
        var asked: [Int] = []
        let found = OpenAddressing.find(14, in: slots) { asked.append($0); return $0 == 7 }
        #expect(found.slot == 0 && found.entry == 7)
        #expect(asked == [3, 5, 7])
        let missing = OpenAddressing.find(14, in: slots) { _ in false }
        #expect(missing.slot == 1 && missing.entry == nil)
        // A start at an empty slot stops there at once.
        asked = []
        let empty = OpenAddressing.find(4, in: slots) { asked.append($0); return true }
        #expect(empty.slot == 4 && empty.entry == nil && asked.isEmpty)
    }
}
