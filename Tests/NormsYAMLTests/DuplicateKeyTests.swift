import NormsSource
import NormsYAML
import Testing

/// libyaml accepts duplicate keys silently; the loader rejects them at the second key.
@Suite struct DuplicateKeyTests {
    private let at = Loading.at

    @Test func duplicateScalarKeyPointsAtBothKeys() {
        let error = Loading.error("a: 1\nb: 2\na: 3\n")
        let first = Loading.span(at(1, 1, 0), at(1, 2, 1))
        #expect(error == YAMLError(.duplicateKey(key: "a", first: first), at: Loading.span(at(3, 1, 10), at(3, 2, 11))))
        #expect(error?.diagnostic.notes == [Diagnostic.Note("'a' is first defined here", at: first)])
    }

    @Test func keysCompareByTextWhateverTheirStyle() {
        let error = Loading.error("'a': 1\na: 2\n")
        #expect(error?.kind == .duplicateKey(key: "a", first: Loading.span(at(1, 1, 0), at(1, 4, 3))))
        #expect(error?.span.start == at(2, 1, 7))
        #expect(Loading.error("1: a\n\"1\": b\n")?.span.start == at(2, 1, 5))
    }

    @Test func duplicateInAFlowMapping() {
        let error = Loading.error("{a: 1, a: 2}")
        #expect(error?.kind == .duplicateKey(key: "a", first: Loading.span(at(1, 2, 1), at(1, 3, 2))))
        #expect(error?.span == Loading.span(at(1, 8, 7), at(1, 9, 8)))
    }

    @Test func duplicateNestedKeyIsFoundInItsOwnMapping() throws {
        #expect(try Loading.load("a: {x: 1}\nb: {x: 1}\n") != nil)
        #expect(Loading.error("a:\n  x: 1\n  x: 2\n")?.span.start == at(3, 3, 12))
    }

    @Test func sequenceKeysCompareStructurally() {
        let error = Loading.error("? [a, b]\n: 1\n? [a, b]\n: 2\n")
        #expect(error?.kind == .duplicateKey(key: "[a, b]", first: Loading.span(at(1, 3, 2), at(1, 9, 8))))
        #expect(error?.span.start == at(3, 3, 15))
    }

    @Test func mappingKeysCompareRegardlessOfOrder() {
        let error = Loading.error("? {x: 1, y: 2}\n: a\n? {y: 2, x: 1}\n: b\n")
        #expect(error?.span.start == at(3, 3, 21))
    }

    @Test func differentCollectionKeysAreNotDuplicates() throws {
        let root = try #require(try Loading.load("? [a, b]\n: 1\n? [b, a]\n: 2\n"))
        #expect(root.mapping?.entries.count == 2)
    }

    @Test func anAliasRepeatingAKeyIsADuplicate() {
        #expect(Loading.error("{ &a [a, b]: 1, *a : 2 }")?.kind
            == .duplicateKey(key: "[a, b]", first: Loading.span(at(1, 3, 2), at(1, 12, 11))))
    }

    @Test func longKeysAreShortenedInTheMessage() {
        let key = String(repeating: "k", count: 60)
        let error = Loading.error("\(key): 1\n\(key): 2\n")
        #expect(error?.diagnostic.message == "duplicate key '\(String(repeating: "k", count: 39))…'")
    }
}
