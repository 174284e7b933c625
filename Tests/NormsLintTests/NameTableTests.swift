@testable import NormsLint
import NormsSource
import Testing

/// The numbers lint's condition reasoning gives names and sets of names: one number per distinct
/// string, in the order first seen, however many strings the table grows to.
@Suite struct NameTableTests {
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

    @Test func aListIsNumberedAsItsSetOfNames() {
        var table = NameTable()
        func located(_ names: [String]) -> [Located<String>] { names.map { Located($0, at: .synthetic("test")) } }
        let first = table.ids(of: located(["b", "a", "b"]), lowercased: false)
        let same = table.ids(of: located(["a", "b"]), lowercased: false)
        let other = table.ids(of: located(["A", "c"]), lowercased: true)
        #expect(first.members == [0, 1])
        #expect(first.number == same.number)
        #expect(other.members == [1, 2])
        #expect(other.number != first.number)
        #expect(table.count == 3)
        #expect(table.number(of: "b") == 0)
        #expect(table.number(of: "A") == nil)
    }
}
