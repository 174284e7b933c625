import NormsSource
import Testing

/// JSON written straight to bytes escapes exactly as ``JSONValue`` does.
@Suite struct JSONOutputTests {
    private func text(_ build: (inout JSONOutput) -> Void) -> String {
        var output = JSONOutput()
        build(&output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        "", "plain", "quote \" and backslash \\", "line\nfeed\rreturn\ttab", "\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{1B}[31m",
        "\u{7F} DEL and é 😀 stay", "end\\",
    ])
    func stringsEscapeAsJSONValueEscapesThem(_ value: String) {
        #expect(text { $0.appendString(value) } == JSONValue.string(value).compact)
    }

    @Test func escapesSpelledOut() {
        #expect(text { $0.appendString("a\"b\\c\nd\u{1}\u{1B}") } == #""a\"b\\c\nd\u0001\u001b""#)
    }

    @Test func integersBooleansAndNull() {
        #expect(text { $0.appendInt(0) } == "0")
        #expect(text { $0.appendInt(200_000) } == "200000")
        #expect(text { $0.appendInt(-42) } == "-42")
        #expect(text { $0.appendInt(Int.min) } == String(Int.min))
        #expect(text { $0.appendBool(true); $0.appendRaw(","); $0.appendOptionalString(nil) } == "true,null")
    }

    @Test func bytesWrittenInPlaceOrAfterMakingRoomFollowWhatCameBefore() {
        var output = JSONOutput()
        output.appendRaw("[")
        output.reserveCapacity(10_000)
        output.appendInPlace(count: 3) { target in
            for index in 0..<3 { target[index] = UInt8(ascii: "1") + UInt8(index) }
        }
        // Past the first buffer's 64 bytes: the room grows as it is filled.
        for _ in 0..<40 { output.appendInPlace(count: 2) { $0[0] = UInt8(ascii: ","); $0[1] = UInt8(ascii: "9") } }
        output.reserveCapacity(1)
        output.appendRaw("]")
        #expect(String(decoding: output.bytes, as: UTF8.self) == "[123" + String(repeating: ",9", count: 40) + "]")
    }

    @Test func aValueAppendedCompactlyIsItsCompactText() {
        let value: JSONValue = .object([("a", .array([1, "x", nil])), ("b", .object([])), ("c", .double(1.5))])
        #expect(text { value.appendCompact(to: &$0) } == value.compact)
        #expect(value.compact == #"{"a":[1,"x",null],"b":{},"c":1.5}"#)
        #expect(value.pretty == "{\n  \"a\": [\n    1,\n    \"x\",\n    null\n  ],\n  \"b\": {},\n  \"c\": 1.5\n}")
    }

    @Test func compactBytesIndentedWhereTheyAreStructureOnly() {
        // Brackets, commas, colons and escaped quotes inside strings stay as they are.
        let compact = #"{"k{[":"a,b:c","q":"say \"}\" \\","e":[],"o":{"n":[{},[1,-2]]}}"#
        let expected = """
            {
              "k{[": "a,b:c",
              "q": "say \\"}\\" \\\\",
              "e": [],
              "o": {
                "n": [
                  {},
                  [
                    1,
                    -2
                  ]
                ]
              }
            }
            """
        #expect(text { $0.appendPretty(compact: Array(compact.utf8)) } == expected)
        #expect(text { $0.appendPretty(compact: Array(#""plain""#.utf8)) } == #""plain""#)
    }
}
