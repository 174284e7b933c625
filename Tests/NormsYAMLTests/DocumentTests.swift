import NormsSource
import NormsYAML
import Testing

/// How many documents a stream holds, and what an empty one gives.
@Suite struct DocumentTests {
    @Test(arguments: ["", "\n\n", "# only a comment\n", "  # indented comment\n\n# another\n"])
    func inputWithoutDocumentsGivesNil(_ text: String) throws {
        #expect(try Loading.load(text) == nil)
        #expect(try Loading.loadAll(text).isEmpty)
    }

    @Test func documentMarkerAloneIsANullDocument() throws {
        let root = try #require(try Loading.load("---\n"))
        #expect(root.scalar?.resolved == .null)
    }

    @Test func explicitEndMarkerIsStillOneDocument() throws {
        let root = try #require(try Loading.load("---\na: 1\n...\n# trailing comment\n"))
        #expect(root["a"]?.scalar?.resolved == .int(1))
    }

    @Test func loadDocumentsReadsEveryDocumentInOrder() throws {
        let documents = try Loading.loadAll("a: 1\n---\n- x\n---\nplain\n")
        #expect(documents.count == 3)
        #expect(documents[0]["a"]?.scalar?.value == "1")
        #expect(documents[1].sequence?.first?.scalar?.value == "x")
        #expect(documents[2].scalar?.value == "plain")
        #expect(documents[2].span.start == Loading.at(5, 1, 17))
    }

    @Test func secondDocumentIsAnErrorAtItsStart() {
        let error = Loading.error("a: 1\n---\nb: 2\n")
        #expect(error == YAMLError(.multipleDocuments, at: Loading.span(Loading.at(2, 1, 5), Loading.at(2, 4, 8))))
    }

    @Test func secondDocumentAfterAnEndMarkerIsAnErrorAtItsMarker() {
        let error = Loading.error("a\n...\n---\nb\n")
        #expect(error?.kind == .multipleDocuments)
        #expect(error?.span.start == Loading.at(3, 1, 6))
    }

    @Test func anchorsDoNotReachAcrossDocuments() {
        #expect(throws: YAMLError(.unknownAlias("x"), at: Loading.span(Loading.at(3, 4, 15), Loading.at(3, 6, 17)))) {
            try Loading.loadAll("a: &x 1\n---\nb: *x\n")
        }
    }
}
