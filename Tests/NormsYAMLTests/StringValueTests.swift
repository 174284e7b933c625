import NormsYAML
import Testing

/// `stringValue`, which the readers use to read a string without copying its node, gives what
/// `scalar?.string` gives, for every style and tag.
@Suite struct StringValueTests {
    private static let document = """
        plain: chat
        spaced: 4 business hours
        number: 15
        negative: -3
        dashed: -x
        dotted: .inf
        boolean: true
        starts-like-null: nothing
        empty:
        tilde: ~
        single: '15'
        double: "true"
        tagged-string: !!str 15
        tagged-integer: !!int 15
        tagged-null: !!null ~
        non-specific: ! 15
        literal: |
          15
        list: [a]
        map: {a: b}
        merge-looking: {'<<': x}
        """

    @Test(arguments: [
        ("plain", "chat"), ("spaced", "4 business hours"), ("number", nil), ("negative", nil), ("dashed", "-x"),
        ("dotted", nil), ("boolean", nil), ("starts-like-null", "nothing"), ("empty", nil), ("tilde", nil),
        ("single", "15"), ("double", "true"), ("tagged-string", "15"), ("tagged-integer", nil), ("tagged-null", nil),
        ("non-specific", "15"), ("literal", "15\n"), ("list", nil), ("map", nil),
    ] as [(String, String?)])
    func aValueIsAStringExactlyWhenTheCoreSchemaSaysSo(key: String, expected: String?) throws {
        let root = try #require(try Loading.load(Self.document))
        let node = try #require(root[key])
        #expect(node.stringValue == expected)
        #expect(node.stringValue == node.scalar?.string)
    }

    @Test func aQuotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try #require(try Loading.load(Self.document))
        #expect(root["merge-looking"]?["<<"]?.stringValue == "x")
    }
}
