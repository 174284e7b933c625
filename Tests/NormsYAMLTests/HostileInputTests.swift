import NormsSource
import NormsYAML
import Testing

/// Input built to crash, hang or exhaust a parser fails early, with a positioned error.
/// (Timings are measured by hand on a release build; these tests check behaviour.)
@Suite struct HostileInputTests {
    private let at = Loading.at

    @Test func billionLaughsStopsAtTheAliasThatCrossesTheNodeLimit() {
        var lines = ["a0: &a0 [" + Array(repeating: "x", count: 10).joined(separator: ", ") + "]"]
        for level in 1 ..< 10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        // Level 5 holds 111,111 nodes per alias; its 8th alias takes the count past one million.
        let error = Loading.error(lines.joined(separator: "\n") + "\n")
        #expect(error == YAMLError(.tooManyNodes(limit: 1_000_000), at: Loading.span(at(6, 45, 319), at(6, 48, 322))))
    }

    @Test func hundredThousandNestedFlowSequencesStopAtDepth257() {
        let error = Loading.error(String(repeating: "[", count: 100_000))
        #expect(error == YAMLError(.tooDeep(limit: 256), at: Loading.span(at(1, 257, 256), at(1, 258, 257))))
    }

    @Test func hundredThousandNestedBlockSequencesStopAtDepth257() {
        let error = Loading.error(String(repeating: "- ", count: 100_000) + "x\n")
        #expect(error?.kind == .tooDeep(limit: 256))
        #expect(error?.span.start == at(1, 513, 512))
    }

    @Test func hundredThousandNestedFlowMappingsStopAtDepth257() {
        let error = Loading.error(String(repeating: "{a: ", count: 100_000))
        #expect(error?.kind == .tooDeep(limit: 256))
        #expect(error?.span.start == at(1, 1025, 1024))
    }

    @Test func nestingMultipliedThroughAliasesStopsAtTheAlias() {
        // Each level wraps the previous one in 200 brackets: 200 deep, then 400 through the alias.
        let wrap = { (inner: String) in String(repeating: "[", count: 200) + inner + String(repeating: "]", count: 200) }
        let text = "a: &a " + wrap("x") + "\nb: " + wrap("*a") + "\n"
        let error = Loading.error(text)
        #expect(error?.kind == .tooDeep(limit: 256))
        #expect(error?.span.start == at(2, 204, 611))
    }

    @Test func twentyMebibyteFileIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024)
        let error = Loading.error(bytes: bytes)
        #expect(error == YAMLError(.tooLarge(bytes: bytes.count, limit: 16 * 1024 * 1024), at: Loading.point(1, 1, 0)))
    }

    @Test func duplicateKeyAfterTenThousandKeys() {
        let lines = (0 ..< 10_000).map { "key\($0): \($0)\n" }
        let prefix = lines.joined()
        let error = Loading.error(prefix + "key0: again\n")
        let first = Loading.span(at(1, 1, 0), at(1, 5, 4))
        let second = Loading.span(at(10_001, 1, prefix.utf8.count), at(10_001, 5, prefix.utf8.count + 4))
        #expect(error == YAMLError(.duplicateKey(key: "key0", first: first), at: second))
    }

    @Test func invalidUTF8AfterAMebibyteOfText() {
        let lines = 100_000
        let bytes = Array(String(repeating: "key: value\n", count: lines).utf8) + [0x6B, 0xC3, 0x28]
        let error = Loading.error(bytes: bytes)
        #expect(error == YAMLError(.invalidEncoding("invalid UTF-8 byte 0xC3"), at: Loading.point(lines + 1, 2, lines * 11 + 1)))
    }
}
