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
        /// Where each error of this component may point, built on its first error.
        private var errorIndex: ErrorLineIndex?

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

        /// The line an `X-LIC-ERROR` of this component is about (see ``ErrorLineIndex``).
        func line(ofError message: String) -> Int {
            if errorIndex == nil { errorIndex = ErrorLineIndex(lines) }
            return errorIndex!.claim(message) ?? line
        }
    }

    static let maxKeptText = 200

    /// The file's top-level components (usually one `VCALENDAR`).
    let roots: [Component]
    /// `END` lines without their `BEGIN`, and `BEGIN` lines never closed: (line, message).
    let structureProblems: [(line: Int, message: String)]
    /// The `BEGIN` line that opens a component more than ``maxDepth`` levels deep, if any: the
    /// outline stops there, and the file must not be given to libical, which frees its tree
    /// recursively.
    let tooDeepLine: Int?

    /// The most components open at once. Real files open three or four (`VCALENDAR` >
    /// `VTIMEZONE` > `STANDARD`, `VEVENT` > `VALARM`).
    static let maxDepth = 16

    init(_ bytes: [UInt8]) {
        var roots: [Component] = []
        var stack: [Component] = []
        var problems: [(line: Int, message: String)] = []
        var tooDeepLine: Int?
        for contentLine in Self.contentLines(bytes) {
            switch contentLine.name {
            case "BEGIN":
                // Open levels are counted whether or not an `END` ever closes them.
                guard stack.count < Self.maxDepth else {
                    tooDeepLine = contentLine.line
                    break
                }
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
            if tooDeepLine != nil { break }
        }
        for open in stack {
            problems.append((open.line, "'BEGIN:\(open.name.prefix(40))' is never closed by 'END:\(open.name.prefix(40))'"))
        }
        self.roots = roots
        self.structureProblems = problems
        self.tooDeepLine = tooDeepLine
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
}
