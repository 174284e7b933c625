import NormsSource
import NormsYAML
import Testing

/// Aliases resolve to copies of their anchors; merge keys (`<<`) add entries that explicit keys
/// override.
@Suite struct AnchorAndMergeTests {
    private let at = Loading.at

    private func keysAndValues(_ node: YAMLNode?) -> [String] {
        node?.mapping?.entries.map { "\($0.key.scalar?.value ?? "?")=\($0.value)" } ?? []
    }

    @Test func aliasToAScalarAndToAMapping() throws {
        let root = try #require(try Loading.load("a: &name Ada\nb: *name\nc: &m {x: 1}\nd: *m\n"))
        #expect(root["b"]?.scalar?.value == "Ada")
        #expect(root["d"] == root["c"])
        #expect(root["d"]?.span.start == at(4, 4, 38))
    }

    @Test func laterAnchorWithTheSameNameWins() throws {
        let root = try #require(try Loading.load("a: &x 1\nb: &x 2\nc: *x\n"))
        #expect(root["c"]?.scalar?.value == "2")
    }

    @Test func aliasNamesTheLatestAnchorEvenInsideAnOuterOneOfTheSameName() throws {
        let root = try #require(try Loading.load("a: &x [&x [1], *x]\nb: *x\n"))
        #expect(root["a"]?.sequence?.last?.sequence?.map(\.description) == ["1"])
        #expect(root["b"]?.sequence?.count == 2)
    }

    @Test func unknownAliasIsAnErrorAtTheAlias() {
        #expect(Loading.error("a: *nope") == YAMLError(.unknownAlias("nope"), at: Loading.span(at(1, 4, 3), at(1, 9, 8))))
    }

    @Test func aliasInsideItsOwnAnchorIsAnError() {
        let error = Loading.error("a: &x [1, *x]")
        #expect(error == YAMLError(.recursiveAlias("x"), at: Loading.span(at(1, 11, 10), at(1, 13, 12))))
    }

    @Test func mergeAddsEntriesWhereTheMergeKeyIs() throws {
        let root = try #require(try Loading.load("base: &b {x: 1, y: 2}\nm:\n  first: 0\n  <<: *b\n  last: 9\n"))
        #expect(keysAndValues(root["m"]) == ["first=0", "x=1", "y=2", "last=9"])
    }

    @Test func explicitKeysWinWhereverTheyAreWritten() throws {
        let before = try #require(try Loading.load("b: &b {x: 1, y: 2}\nm:\n  x: 0\n  <<: *b\n"))
        #expect(keysAndValues(before["m"]) == ["x=0", "y=2"])
        let after = try #require(try Loading.load("b: &b {x: 1, y: 2}\nm:\n  <<: *b\n  x: 0\n"))
        #expect(keysAndValues(after["m"]) == ["y=2", "x=0"])
    }

    @Test func earlierMapsInAMergeSequenceWin() throws {
        let text = "a: &a {x: a, y: a}\nb: &b {y: b, z: b}\nm:\n  <<: [*a, *b]\n  w: m\n"
        let root = try #require(try Loading.load(text))
        #expect(keysAndValues(root["m"]) == ["x=a", "y=a", "z=b", "w=m"])
    }

    @Test func mergeOfAnInlineMapping() throws {
        let root = try #require(try Loading.load("m: {<<: {x: 1}, y: 2}\n"))
        #expect(keysAndValues(root["m"]) == ["x=1", "y=2"])
    }

    @Test func mergedEntriesKeepTheSpansWhereTheyWereWritten() throws {
        let root = try #require(try Loading.load("b: &b {x: 1}\nm:\n  <<: *b\n"))
        #expect(root["m"]?.mapping?.entry("x")?.key.span.start == at(1, 8, 7))
    }

    @Test func mergeOfANestedMergedMapping() throws {
        let text = "a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n"
        let root = try #require(try Loading.load(text))
        #expect(keysAndValues(root["c"]) == ["x=1", "y=2", "z=3"])
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try #require(try Loading.load("m:\n  '<<': {x: 1}\n"))
        #expect(root["m"]?["<<"]?["x"] != nil)
    }

    @Test func mergeOfAScalarIsAnError() {
        let error = Loading.error("<<: 5")
        #expect(error == YAMLError(.invalidMerge(found: "'5'"), at: Loading.span(at(1, 5, 4), at(1, 6, 5))))
        #expect(error?.diagnostic.message == "merge key '<<' needs a mapping, found '5'")
    }

    @Test func mergeOfASequenceHoldingAScalarIsAnErrorAtThatItem() {
        let error = Loading.error("<<: [{a: 1}, x]")
        #expect(error == YAMLError(.invalidMerge(found: "'x'"), at: Loading.span(at(1, 14, 13), at(1, 15, 14))))
    }

    @Test func mergeOfNothingIsAnError() {
        #expect(Loading.error("<<:\n")?.kind == .invalidMerge(found: "nothing"))
    }
}
