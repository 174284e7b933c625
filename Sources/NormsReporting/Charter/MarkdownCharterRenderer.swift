/// Renders a ``CharterDocument`` as CommonMark with GitHub tables.
///
/// Text from the policy is escaped so that it can never turn into markup: Markdown's special
/// characters get a backslash, line breaks inside a list item or table cell become spaces,
/// and code spans use a backtick fence longer than any run of backticks inside them.
public struct MarkdownCharterRenderer: Sendable {
    public init() {}

    /// The whole document, ending in a newline.
    public func render(_ document: CharterDocument) -> String {
        var sections = ["# " + escape(document.title)]
        for block in document.blocks {
            sections.append(render(block))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: CharterBlock) -> String {
        switch block {
        case .heading(let level, let text, _):
            return String(repeating: "#", count: max(1, min(6, level))) + " " + escape(text)
        case .paragraph(let runs):
            return escapeLineStart(inline(runs, inTable: false))
        case .list(let items):
            return items.map { "- " + escapeLineStart(inline($0, inTable: false)) }.joined(separator: "\n")
        case .table(let header, let rows):
            var lines = ["| " + header.map { escape($0, inTable: true) }.joined(separator: " | ") + " |"]
            lines.append("|" + header.map { _ in "---|" }.joined())
            for row in rows {
                let cells = (0..<header.count).map { index in index < row.count ? inline(row[index], inTable: true) : "" }
                lines.append("| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n")
        }
    }

    // MARK: - Inline

    private func inline(_ runs: [CharterInline], inTable: Bool) -> String {
        runs.map { run in
            switch run {
            case .text(let text): escape(text, inTable: inTable)
            case .code(let text): code(text, inTable: inTable)
            case .strong(let text): wrap(text, in: "**", inTable: inTable)
            case .emphasis(let text): wrap(text, in: "*", inTable: inTable)
            }
        }.joined()
    }

    /// Emphasis markers must touch the text, so surrounding spaces stay outside them.
    private func wrap(_ text: String, in marker: String, inTable: Bool) -> String {
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        let core = text.trimmingSpaces()
        guard !core.isEmpty else { return text }
        return leading + marker + escape(core, inTable: inTable) + marker + trailing
    }

    /// A code span whose fence is longer than any backtick run inside; `|` is escaped in tables,
    /// where GitHub reads it as a cell border even inside code.
    private func code(_ text: String, inTable: Bool) -> String {
        var content = singleLine(text)
        if inTable { content = content.replacingAll("|", with: "\\|") }
        var longest = 0
        var current = 0
        for character in content {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") ? " \(content) " : content
        return fence + padded + fence
    }

    // MARK: - Escaping

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// Backslash-escapes Markdown's special characters and folds line breaks into spaces.
    func escape(_ text: String, inTable: Bool = false) -> String {
        var result = ""
        for character in singleLine(text) {
            if Self.special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Escapes a line start that Markdown would read as a list item, a heading or a quote.
    private func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    private func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
