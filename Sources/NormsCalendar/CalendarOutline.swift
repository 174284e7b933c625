import Foundation
import NormsSource

/// Where each component and content line of an iCalendar file is, found from the raw bytes.
///
/// libical keeps no positions: its parse tree and its `X-LIC-ERROR` properties carry no line
/// numbers. The outline is built beside it from the same bytes (content lines unfolded as RFC 5545
/// §3.1 says), in the same order, so each libical component can be paired with its `BEGIN` line
/// and each error with the line it is about.
struct CalendarOutline {
    /// One unfolded content line.
    struct ContentLine {
        /// The property or `BEGIN`/`END` name, upper-cased.
        var name: String
        /// The first physical line.
        var line: Int
        /// The unfolded text, cut to ``maxKeptText`` characters (enough to recognise it in an error).
        var text: String
    }

    /// A component: its `BEGIN` line, its own content lines and its sub-components, in file order.
    final class Component {
        let name: String
        let line: Int
        var lines: [ContentLine] = []
        var children: [Component] = []
        /// Lines already named by an error, so two errors about two equal lines point at both.
        var claimed: Set<Int> = []

        init(name: String, line: Int) {
            self.name = name
            self.line = line
        }

        /// The next child named `name` after those already paired (`X-` stands for any experimental name).
        func child(named name: String, after cursor: inout [String: Int]) -> Component? {
            let start = cursor[name] ?? 0
            let matches = { (child: Component) in name == "X-" ? child.name.hasPrefix("X-") : child.name == name }
            guard let index = children[min(start, children.count)...].firstIndex(where: matches) else { return nil }
            cursor[name] = index + 1
            return children[index]
        }
    }

    static let maxKeptText = 200

    /// The file's top-level components (usually one `VCALENDAR`).
    let roots: [Component]
    /// `END` lines without their `BEGIN`, and `BEGIN` lines never closed: (line, message).
    let structureProblems: [(line: Int, message: String)]

    init(_ bytes: [UInt8]) {
        var roots: [Component] = []
        var stack: [Component] = []
        var problems: [(line: Int, message: String)] = []
        for contentLine in Self.contentLines(bytes) {
            switch contentLine.name {
            case "BEGIN":
                let component = Component(name: Self.value(of: contentLine.text), line: contentLine.line)
                if let parent = stack.last { parent.children.append(component) } else { roots.append(component) }
                stack.append(component)
            case "END":
                let name = Self.value(of: contentLine.text)
                if let index = stack.lastIndex(where: { $0.name == name }) {
                    stack.removeSubrange(index...)
                } else {
                    problems.append((contentLine.line, "'END:\(name.prefix(40))' closes no open component"))
                }
            default:
                stack.last?.lines.append(contentLine)
            }
        }
        for open in stack {
            problems.append((open.line, "'BEGIN:\(open.name.prefix(40))' is never closed by 'END:\(open.name.prefix(40))'"))
        }
        self.roots = roots
        self.structureProblems = problems
    }

    /// The value of a `BEGIN`/`END` line, upper-cased.
    private static func value(of text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return "" }
        return text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// The unfolded content lines: a physical line that starts with a space or a tab continues
    /// the one before.
    private static func contentLines(_ bytes: [UInt8]) -> [ContentLine] {
        var lines: [ContentLine] = []
        var lineNumber = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var current: (line: Int, bytes: [UInt8])?
        func flush() {
            guard let finished = current else { return }
            let text = String(decoding: finished.bytes, as: UTF8.self)
            let nameEnd = text.firstIndex { $0 == ":" || $0 == ";" } ?? text.endIndex
            let name = text[..<nameEnd].trimmingCharacters(in: .whitespaces).uppercased()
            if !name.isEmpty { lines.append(ContentLine(name: name, line: finished.line, text: text)) }
            current = nil
        }
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            let physical = bytes[index..<end]
            if let first = physical.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), current != nil {
                if current!.bytes.count < maxKeptText * 4 { current!.bytes.append(contentsOf: physical.dropFirst().prefix(maxKeptText * 4)) }
            } else {
                flush()
                if !physical.isEmpty { current = (lineNumber, Array(physical.prefix(maxKeptText * 4))) }
            }
            // CR LF, a lone LF and a lone CR each end one line.
            if end < bytes.count, bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
                end += 1
            }
            index = end + 1
            lineNumber += 1
        }
        flush()
        return lines
    }

    /// The line an `X-LIC-ERROR` of `component` is about: a line whose text the message quotes,
    /// else a line whose name the message names, else the component's `BEGIN` line.
    static func line(ofError message: String, in component: Component) -> Int {
        let upper = message.uppercased()
        let candidates = component.lines.filter { $0.name != "X-LIC-ERROR" }
        func claim(_ line: ContentLine?) -> Int? {
            guard let line else { return nil }
            component.claimed.insert(line.line)
            return line.line
        }
        let unclaimed = candidates.filter { !component.claimed.contains($0.line) }
        for pool in [unclaimed, candidates] {
            if let found = claim(pool.first(where: { $0.text.count >= 3 && message.contains($0.text) })) { return found }
            if let found = claim(pool.first(where: { line in
                guard let colon = line.text.firstIndex(of: ":") else { return false }
                let value = line.text[line.text.index(after: colon)...]
                return value.count >= 3 && message.contains(value)
            })) { return found }
            if let found = claim(pool.first(where: { Self.names(upper, word: $0.name) })) { return found }
        }
        return component.line
    }

    /// Whether `word` occurs in `text` on its own (not inside a longer name).
    private static func names(_ text: String, word: String) -> Bool {
        guard word.count >= 2 else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let isNamePart = { (character: Character?) in character.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            if !isNamePart(before), !isNamePart(after) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}
