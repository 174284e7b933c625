import NormsSource
import NormsYAML
import Testing

/// Every node, key included, carries its exact span: 1-based line, column in Unicode scalars,
/// 0-based UTF-8 byte offset, end exclusive.
@Suite struct NodePositionTests {
    private let at = Loading.at

    @Test func blockMappingKeysValuesAndSequenceItems() throws {
        let root = try #require(try Loading.load("name: value\nlist:\n  - a\n  - bc\n"))
        let name = try #require(root.mapping?.entry("name"))
        #expect(name.key.span == Loading.span(at(1, 1, 0), at(1, 5, 4)))
        #expect(name.value.span == Loading.span(at(1, 7, 6), at(1, 12, 11)))
        let list = try #require(root.mapping?.entry("list"))
        #expect(list.key.span == Loading.span(at(2, 1, 12), at(2, 5, 16)))
        let items = try #require(list.value.sequence)
        #expect(items[0].span == Loading.span(at(3, 5, 22), at(3, 6, 23)))
        #expect(items[1].span == Loading.span(at(4, 5, 28), at(4, 7, 30)))
        // A block collection ends after its last child, not after trailing blank lines.
        #expect(list.value.span == Loading.span(at(3, 3, 20), at(4, 7, 30)))
        #expect(root.span == Loading.span(at(1, 1, 0), at(4, 7, 30)))
    }

    @Test func columnsCountUnicodeScalarsWhileOffsetsCountBytes() throws {
        // 'é', 'ü' and 'ä' are two bytes each in UTF-8, '😀' four; each is one column.
        let root = try #require(try Loading.load("é: ü\nnäme: [x, 😀, y]\n"))
        let first = try #require(root.mapping?.entries.first)
        #expect(first.key.span == Loading.span(at(1, 1, 0), at(1, 2, 2)))
        #expect(first.value.span == Loading.span(at(1, 4, 4), at(1, 5, 6)))
        let second = try #require(root.mapping?.entry("näme"))
        #expect(second.key.span == Loading.span(at(2, 1, 7), at(2, 5, 12)))
        #expect(second.value.span == Loading.span(at(2, 7, 14), at(2, 16, 26)))
        let items = try #require(second.value.sequence)
        #expect(items.map(\.span) == [
            Loading.span(at(2, 8, 15), at(2, 9, 16)),
            Loading.span(at(2, 11, 18), at(2, 12, 22)),
            Loading.span(at(2, 14, 24), at(2, 15, 25)),
        ])
    }

    @Test func byteOrderMarkTakesBytesButNoColumn() throws {
        let root = try #require(try Loading.load("\u{FEFF}a: b"))
        let entry = try #require(root.mapping?.entries.first)
        #expect(entry.key.span == Loading.span(at(1, 1, 3), at(1, 2, 4)))
        #expect(entry.value.span == Loading.span(at(1, 4, 6), at(1, 5, 7)))
    }

    @Test func crlfLineBreaks() throws {
        let root = try #require(try Loading.load("a: 1\r\nb: 2\r\n"))
        let entry = try #require(root.mapping?.entry("b"))
        #expect(entry.key.span == Loading.span(at(2, 1, 6), at(2, 2, 7)))
        #expect(entry.value.span == Loading.span(at(2, 4, 9), at(2, 5, 10)))
    }

    @Test func loneCarriageReturnPositionsAgreeWithTheSourceFile() throws {
        // libyaml breaks lines at a lone CR; SourceFile (and so the renderer) only at LF.
        let root = try #require(try Loading.load("a: 1\rb: 2"))
        let entry = try #require(root.mapping?.entry("b"))
        #expect(entry.key.span.start == at(1, 6, 5))
        #expect(Loading.source("a: 1\rb: 2").position(offset: 5) == entry.key.span.start)
    }

    @Test func tabIsOneColumn() throws {
        let root = try #require(try Loading.load("a:\tb"))
        #expect(root["a"]?.span == Loading.span(at(1, 4, 3), at(1, 5, 4)))
    }

    @Test func quotedAndBlockScalarSpans() throws {
        let root = try #require(try Loading.load("q: \"x y\"\nl: |\n  ab\n  cd\nn: 1\n"))
        #expect(root["q"]?.span == Loading.span(at(1, 4, 3), at(1, 9, 8)))
        // A block scalar runs from its indicator to just after its last line break.
        #expect(root["l"]?.span == Loading.span(at(2, 4, 12), at(5, 1, 24)))
    }

    @Test func flowCollectionEndsAfterItsClosingBracket() throws {
        let root = try #require(try Loading.load("m: {a: [1, 2] }\n"))
        #expect(root["m"]?.span == Loading.span(at(1, 4, 3), at(1, 16, 15)))
        #expect(root["m"]?["a"]?.span == Loading.span(at(1, 8, 7), at(1, 14, 13)))
    }

    @Test func aliasCopiesTheAnchoredNodeWithItsOwnSpan() throws {
        let root = try #require(try Loading.load("a: &x [1, 2]\nb: *x\n"))
        let anchored = try #require(root["a"])
        let alias = try #require(root["b"])
        #expect(alias == anchored)
        // The anchored node's span starts at its anchor; the alias has the alias's span.
        #expect(anchored.span == Loading.span(at(1, 4, 3), at(1, 13, 12)))
        #expect(alias.span == Loading.span(at(2, 4, 16), at(2, 6, 18)))
        // The items inside the copy keep the spans where they were written.
        #expect(alias.sequence?.map(\.span.start) == [at(1, 8, 7), at(1, 11, 10)])
    }

    @Test func spansUseTheSourcePath() throws {
        let source = SourceFile(path: "policies/acme.yaml", text: "a: 1\n")
        let root = try #require(try YAMLLoader().loadDocument(source))
        #expect(root["a"]?.span.file == "policies/acme.yaml")
        #expect(root["a"]?.span.description == "policies/acme.yaml:1:4")
    }

    // MARK: - Plain ASCII, where libyaml's own lines and columns are taken

    /// Every span of a tree, keys included, in document order.
    private static func spans(of node: YAMLNode) -> [SourceSpan] {
        switch node.content {
        case .scalar: [node.span]
        case .sequence(let items): [node.span] + items.flatMap(spans(of:))
        case .mapping(let mapping): [node.span] + mapping.entries.flatMap { spans(of: $0.key) + spans(of: $0.value) }
        }
    }

    @Test func plainASCIIGivesTheSpansTheWalkThroughTheTextGives() throws {
        let text = """
            name: "Blocks"
            list:
              - a
              - b\tc
              - [c, {d: e},
                 f]
            empty:
            literal: |
              one
              two\tthree
            folded: >-
              x
              y

            nested:
              deeper:
                last: [1, 2]
            # a comment

            """
        // A comment with a character beyond ASCII adds no node but makes the loader walk the
        // text for every position rather than take libyaml's lines and columns.
        let plain = try #require(try Loading.load(text))
        let walked = try #require(try Loading.load(text + "# é\n"))
        #expect(Self.spans(of: plain) == Self.spans(of: walked))
        // An empty value is just after its key's colon, as libyaml places it.
        #expect(plain["empty"]?.span == Loading.point(7, 7, 65))
        #expect(plain["nested"]?["deeper"]?["last"]?.span == Loading.span(at(17, 11, 143), at(17, 17, 149)))
    }

    @Test func anEmptyValueAtTheEndWithoutALineFeedStaysOnItsLine() throws {
        // At the end of input without a line feed libyaml moves its line and column to a new line
        // but not its index, and a key written with `?` and no value gets an empty value there.
        let root = try #require(try Loading.load("? a"))
        let entry = try #require(root.mapping?.entries.first)
        #expect(entry.key.span == Loading.span(at(1, 3, 2), at(1, 4, 3)))
        #expect(entry.value.span == Loading.point(1, 4, 3))
        #expect(root.span == Loading.span(at(1, 1, 0), at(1, 4, 3)))
    }
}
