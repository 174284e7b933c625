import NormsSource
import Testing

/// The table that numbers byte strings for the evaluation plan and for lint: one number per
/// distinct string, in the order first seen, however many strings the table grows to.
@Suite struct ByteStringNumbersTests {
    private func number(_ text: String, in table: inout ByteStringNumbers) -> Int32 {
        Array(text.utf8).withUnsafeBytes { table.number(of: $0) }
    }

    private func existing(_ text: String, in table: ByteStringNumbers) -> Int32? {
        Array(text.utf8).withUnsafeBytes { table.existingNumber(of: $0) }
    }

    @Test func eachDistinctStringGetsTheNextNumberAndKeepsIt() {
        var table = ByteStringNumbers()
        #expect(number("chat", in: &table) == 0)
        #expect(number("email", in: &table) == 1)
        #expect(number("chat", in: &table) == 0)
        // Prefixes, extensions and the empty string are other strings.
        #expect(number("cha", in: &table) == 2)
        #expect(number("chats", in: &table) == 3)
        #expect(number("", in: &table) == 4)
        #expect(number("", in: &table) == 4)
        #expect(table.count == 5)
        #expect(existing("email", in: table) == 1)
        #expect(existing("phone", in: table) == nil)
    }

    @Test func numbersSurviveTheTableGrowing() {
        // 1,000 names that differ only in their high bits and positions: many share a starting slot.
        var table = ByteStringNumbers()
        let names = (0..<1_000).map { "tag-\(String($0, radix: 7))-\(["a", "q", "A", "Q"][$0 % 4])" }
        for (index, name) in names.enumerated() { #expect(number(name, in: &table) == Int32(index)) }
        for (index, name) in names.enumerated().reversed() {
            #expect(number(name, in: &table) == Int32(index))
            #expect(existing(name, in: table) == Int32(index))
        }
        #expect(table.count == 1_000)
    }

    @Test func aTextIsNumberedAsItsUTF8Bytes() {
        var table = ByteStringNumbers(capacity: 3)
        // "é" as one scalar is the bytes C3 A9; the same letter as "e" and a combining accent is
        // other bytes, so another string (no Unicode equivalence).
        #expect(table.number(of: "é") == 0)
        #expect(table.number(of: "e\u{301}") == 1)
        #expect(number("\u{E9}", in: &table) == 0)
        // Longer than a small string's fifteen bytes, and the empty text.
        #expect(table.number(of: "a name longer than fifteen bytes") == 2)
        #expect(table.number(of: "") == 3)
        #expect(table.existingNumber(of: "a name longer than fifteen bytes") == 2)
        #expect(table.existingNumber(of: "a name longer than fifteen byte") == nil)
        #expect(table.existingNumber(of: "E\u{301}") == nil)
        #expect(table.existingNumber(of: "") == 3)
        #expect(table.count == 4)
    }

    @Test func anEmptyTableHoldsNothing() {
        let table = ByteStringNumbers(capacity: 100)
        #expect(table.count == 0)
        #expect(table.existingNumber(of: "") == nil)
        #expect(table.existingNumber(of: "chat") == nil)
    }
}
