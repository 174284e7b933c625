@testable import NormsEngine
import Testing

@Suite("Name table")
struct NameTableTests {
    @Test func findsEveryNameItHoldsAndNoOther() {
        // 1,000 names fill many slots, so probe sequences cross and wrap around the table.
        var names: [String: Int] = [:]
        for index in 0..<1_000 { names["person-\(index)"] = index * 7 }
        names["a name longer than a small string's fifteen bytes"] = -1
        names["é"] = -2
        names[""] = -3
        let table = NameTable(names)
        #expect(table.count == 1_003)
        for (name, value) in names { #expect(table[name] == value, "\(name)") }
        for missing in ["person-1000", "person-", "Person-1", "e", "a name longer than a small string's fifteen byte"] {
            #expect(table[missing] == nil, "\(missing)")
        }
    }

    @Test func anEmptyTableHoldsNothing() {
        let table = NameTable([:])
        #expect(table.isEmpty)
        #expect(table["chat"] == nil)
        #expect(table[""] == nil)
    }
}
