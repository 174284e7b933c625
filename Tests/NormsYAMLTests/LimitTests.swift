import NormsSource
import NormsYAML
import Testing

/// Size, nesting and node-count limits, each failing at the exact place it is crossed.
@Suite struct LimitTests {
    private let at = Loading.at

    @Test func inputLargerThanTheLimitIsRefusedBeforeParsing() {
        let limits = YAMLLimits(maxBytes: 10)
        #expect(Loading.error("a: 1234567", limits: limits) == nil)
        #expect(Loading.error("a: 12345678", limits: limits) == YAMLError(.tooLarge(bytes: 11, limit: 10), at: Loading.point(1, 1, 0)))
    }

    @Test func nestingUpToTheLimitLoadsAndOneMoreFailsAtItsStart() {
        let limits = YAMLLimits(maxDepth: 3)
        #expect(Loading.error("[[[x]]]", limits: limits) == nil)
        let error = Loading.error("[[[[x]]]]", limits: limits)
        #expect(error?.kind == .tooDeep(limit: 3))
        #expect(error?.span.start == at(1, 4, 3))
        #expect(Loading.error("a:\n  b:\n    - c:\n        d", limits: limits)?.span.start == at(3, 7, 14))
    }

    @Test func aliasesCountTheDepthTheyExpandTo() {
        let limits = YAMLLimits(maxDepth: 3)
        #expect(Loading.error("a: &x [[1]]\nb: *x\n", limits: limits) == nil)
        let error = Loading.error("a: &x [[1]]\nb: [*x]\n", limits: limits)
        #expect(error == YAMLError(.tooDeep(limit: 3), at: Loading.span(at(2, 5, 16), at(2, 7, 18))))
    }

    @Test func nodeCountFailsAtTheFirstNodeOverTheLimit() {
        let limits = YAMLLimits(maxNodes: 3)
        #expect(Loading.error("[a, b]", limits: limits) == nil)
        let error = Loading.error("[a, b, c]", limits: limits)
        #expect(error == YAMLError(.tooManyNodes(limit: 3), at: Loading.span(at(1, 8, 7), at(1, 9, 8))))
    }

    @Test func aliasesCountEveryNodeTheyStandFor() {
        // mapping, a, [1, 2, 3] (4 nodes), b: 7 nodes; then *x adds 4 more.
        let text = "a: &x [1, 2, 3]\nb: *x\n"
        #expect(Loading.error(text, limits: YAMLLimits(maxNodes: 11)) == nil)
        let error = Loading.error(text, limits: YAMLLimits(maxNodes: 10))
        #expect(error == YAMLError(.tooManyNodes(limit: 10), at: Loading.span(at(2, 4, 19), at(2, 6, 21))))
    }

    @Test func nodeLimitCoversAllDocumentsOfAStream() throws {
        let source = Loading.source("[a, b]\n---\n[c, d]\n")
        #expect(try YAMLLoader(limits: YAMLLimits(maxNodes: 6)).loadDocuments(source).count == 2)
        #expect(throws: YAMLError.self) { try YAMLLoader(limits: YAMLLimits(maxNodes: 5)).loadDocuments(source) }
    }
}
