import NormsSource
import NormsYAML
import Testing

/// A mapping entry keeps its key beside its value without the key's file, and gives back exactly
/// the key it was given, whichever file each comes from.
@Suite struct MappingEntryTests {
    private func scalar(_ text: String, file: String, line: Int, tag: String? = nil) -> YAMLNode {
        let start = SourcePosition(line: line, column: 3, offset: 10 * line)
        let end = SourcePosition(line: line, column: 3 + text.count, offset: 10 * line + text.utf8.count)
        return YAMLNode(.scalar(YAMLScalar(value: text, style: .singleQuoted, tag: tag)), span: SourceSpan(file: file, start: start, end: end),
                        tag: tag)
    }

    @Test func theKeyComesBackWithItsSpanTagAndStyle() {
        for keyFile in ["policy.yaml", "base/other-file-with-a-long-name.yaml"] {
            let key = scalar("channels", file: keyFile, line: 4, tag: YAMLTag.str)
            let value = scalar("chat", file: "policy.yaml", line: 5)
            var entry = YAMLMapping.Entry(key: key, value: value)
            #expect(entry.key.span == key.span)
            #expect(entry.key.tag == YAMLTag.str)
            #expect(entry.key.scalar?.style == .singleQuoted)
            #expect(entry.keyText == "channels")
            #expect(entry.value.span == value.span)

            // A new value from another file leaves the key as it was.
            entry.value = scalar("email", file: "base/b.yaml", line: 9)
            #expect(entry.key.span == key.span)
            #expect(entry.value.span.file == "base/b.yaml")
            entry.key = scalar("kinds", file: "base/b.yaml", line: 8)
            #expect(entry.key.span.file == "base/b.yaml")
            #expect(entry.key.span.start.line == 8)
            #expect(entry.keyText == "kinds")
        }
    }

    @Test func entriesAreEqualByKeyAndValueWhereverWritten() {
        let here = YAMLMapping.Entry(key: scalar("a", file: "x.yaml", line: 1), value: scalar("b", file: "x.yaml", line: 1))
        let there = YAMLMapping.Entry(key: scalar("a", file: "y.yaml", line: 7), value: scalar("b", file: "z.yaml", line: 8))
        let other = YAMLMapping.Entry(key: scalar("a", file: "x.yaml", line: 1), value: scalar("c", file: "x.yaml", line: 1))
        #expect(here == there)
        #expect(here != other)
        #expect(MemoryLayout<YAMLMapping.Entry>.stride == 112)
    }
}
