@testable import NormsLint
import NormsSource
import Testing

/// The numbers lint's condition reasoning gives names and sets of names (the table of numbers
/// itself is tested in NormsSourceTests).
@Suite struct NameTableTests {
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
