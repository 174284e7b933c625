import NormsSource
import NormsYAML
import Testing

/// The core tags and `!` are accepted where they fit; every other tag is an error at its node.
@Suite struct TagTests {
    private let at = Loading.at

    @Test(arguments: [
        ("!!str 12", ResolvedScalar.string("12")), ("!!str true", .string("true")), ("! 12", .string("12")),
        ("!!int \"12\"", .int(12)), ("!!int 0x10", .int(16)), ("!!float 1", .float(1)), ("!!float '2.5'", .float(2.5)),
        ("!!bool true", .bool(true)), ("!!null ''", .null), ("!!null ~", .null),
        ("!<tag:yaml.org,2002:int> 7", .int(7)),
    ])
    func coreTagsOnScalars(_ text: String, _ expected: ResolvedScalar) throws {
        let root = try #require(try Loading.load("v: \(text)\n"))
        #expect(root["v"]?.scalar?.resolved == expected)
    }

    @Test func everyTagANodeIsGivenIsKept() {
        // Nodes store a tag in one word; tags the loader would reject still survive a node made by hand.
        for tag in [nil, YAMLTag.nonSpecific, YAMLTag.str, YAMLTag.int, YAMLTag.float, YAMLTag.bool, YAMLTag.null,
                    YAMLTag.seq, YAMLTag.map, "!custom", "tag:example.com,2000:app/foo"] {
            let scalar = YAMLScalar(value: "x", style: .plain, tag: tag)
            let node = YAMLNode(.scalar(scalar), span: .synthetic("test"), tag: tag)
            #expect(scalar.tag == tag)
            #expect(node.tag == tag)
        }
        let plain = YAMLNode(.scalar(YAMLScalar(value: "1", style: .plain)), span: .synthetic("a"))
        var tagged = plain
        tagged.tag = "!custom"
        #expect(plain != tagged)
        tagged.tag = nil
        #expect(plain == tagged)
    }

    @Test func aNodeKeepsItsContentStyleAndBothTagsWhateverTheyAre() {
        // A scalar node packs its style and both tags into three bytes when the tags are accepted
        // ones, and boxes them otherwise; either way it gives back exactly what it was given.
        let tags = [nil, YAMLTag.str, YAMLTag.int, "!custom"]
        for style in ScalarStyle.allCases {
            for scalarTag in tags {
                for nodeTag in tags {
                    let scalar = YAMLScalar(value: "text", style: style, tag: scalarTag)
                    let node = YAMLNode(.scalar(scalar), span: .synthetic("test"), tag: nodeTag)
                    #expect(node.content == .scalar(scalar))
                    #expect(node.scalar?.style == style)
                    #expect(node.scalar?.tag == scalarTag)
                    #expect(node.tag == nodeTag)
                    #expect(node.keyText == "text")
                }
            }
        }
        let item = YAMLNode(.scalar(YAMLScalar(value: "1", style: .plain)), span: .synthetic("a"))
        for tag in [nil, YAMLTag.seq, "!custom"] {
            var node = YAMLNode(.sequence([item]), span: .synthetic("a"), tag: tag)
            #expect(node.sequence == [item])
            #expect(node.mapping == nil)
            #expect(node.keyText == nil)
            node.content = .mapping(YAMLMapping(entries: [.init(key: item, value: item)]))
            #expect(node.tag == tag)
            #expect(node.mapping?.entries.count == 1)
            #expect(node.sequence == nil)
        }
        #expect(MemoryLayout<YAMLNode>.stride == 64)
    }

    @Test func coreTagsOnCollections() throws {
        let root = try #require(try Loading.load("s: !!seq [1]\nm: !!map {a: 1}\nn: ! [2]\n"))
        #expect(root["s"]?.tag == YAMLTag.seq)
        #expect(root["s"]?.sequence?.count == 1)
        #expect(root["m"]?.tag == YAMLTag.map)
        #expect(root["m"]?["a"] != nil)
        #expect(root["n"]?.tag == YAMLTag.nonSpecific)
    }

    @Test(arguments: [
        ("a: !!python/object:os.system x", "!!python/object:os.system"),
        ("a: !foo x", "!foo"),
        ("a: !!set {x: null}", "!!set"),
        ("a: !!binary aGVsbG8=", "!!binary"),
        ("a: !!timestamp 2024-01-01", "!!timestamp"),
        ("a: !<tag:example.com,2000:app/foo> x", "!<tag:example.com,2000:app/foo>"),
        ("%TAG !e! tag:example.com,2000:\n---\na: !e!foo x", "!<tag:example.com,2000:foo>"),
    ])
    func unknownTagsAreRejectedAtTheirNode(_ text: String, _ shortForm: String) throws {
        let error = try #require(Loading.error(text))
        #expect(error.kind == .unknownTag(shortForm))
        let line = text.split(separator: "\n").count
        #expect(error.span.start.line == line)
        #expect(error.span.start.column == 4)
        #expect(error.diagnostic.code == "yaml.unknown-tag")
    }

    @Test func unknownTagSpanCoversTheWholeScalar() {
        let error = Loading.error("a: !!python/object:os.system x")
        #expect(error == YAMLError(.unknownTag("!!python/object:os.system"), at: Loading.span(at(1, 4, 3), at(1, 31, 30))))
    }

    @Test(arguments: [
        ("n: !!int abc", "!!int", "'abc'"),
        ("n: !!int 1.5", "!!int", "'1.5'"),
        ("n: !!float x", "!!float", "'x'"),
        ("n: !!bool yes", "!!bool", "'yes'"),
        ("n: !!null x", "!!null", "'x'"),
        ("n: !!seq x", "!!seq", "a scalar"),
        ("n: !!map [1]", "!!map", "a sequence"),
        ("n: !!str [1]", "!!str", "a sequence"),
        ("n: !!seq {a: 1}", "!!seq", "a mapping"),
        ("n: !!int {a: 1}", "!!int", "a mapping"),
    ])
    func tagsThatDoNotFitTheirNodeAreRejected(_ text: String, _ tag: String, _ found: String) throws {
        let error = try #require(Loading.error(text))
        #expect(error.kind == .tagMismatch(tag: tag, found: found))
        #expect(error.span.start == at(1, 4, 3))
        #expect(error.diagnostic.message == "tag '\(tag)' does not fit \(found)")
    }

    @Test func mismatchSpanCoversTheScalar() {
        let error = Loading.error("n: !!int abc")
        #expect(error == YAMLError(.tagMismatch(tag: "!!int", found: "'abc'"), at: Loading.span(at(1, 4, 3), at(1, 13, 12))))
    }
}
