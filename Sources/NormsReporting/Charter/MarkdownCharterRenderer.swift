import NormsSource
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
        let scalars = text.unicodeScalars
        let leading = String(String.UnicodeScalarView(scalars.prefix { $0 == " " }))
        let trailing = String(String.UnicodeScalarView(scalars.reversed().prefix { $0 == " " }))
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
        for scalar in content.unicodeScalars {
            current = scalar == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let startsOrEndsWithBacktick = content.unicodeScalars.first == "`" || content.unicodeScalars.last == "`"
        let padded = startsOrEndsWithBacktick ? " \(content) " : content
        return fence + padded + fence
    }

    // MARK: - Escaping

    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// Backslash-escapes Markdown's special characters, folds line breaks into spaces and writes
    /// other control characters as visible escapes.
    ///
    /// Escaping, like the rest of this renderer, works on Unicode scalars, as a Markdown parser
    /// reads them: a `*` followed by a combining mark is one Swift `Character`, but still a `*`.
    func escape(_ text: String, inTable: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in singleLine(text).unicodeScalars {
            if DisplayText.needsEscape(scalar) {
                // ESC and other control characters would drive the terminal the charter is shown in.
                result.append(contentsOf: DisplayText.escaped(String(scalar)).unicodeScalars)
                continue
            }
            if Self.special.contains(scalar) { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    /// Escapes a line start that Markdown would read as a list item, a heading or a quote.
    private func escapeLineStart(_ line: String) -> String {
        guard let first = line.unicodeScalars.first else { return line }
        if "-+=".unicodeScalars.contains(first) { return "\\" + line }
        let scalars = line.unicodeScalars
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        if !digits.isEmpty, let next = scalars.dropFirst(digits.count).first, next == "." || next == ")" {
            return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(scalars.dropFirst(digits.count)))
        }
        return line
    }

    /// The text on one line: each run of CR and LF (a CR LF pair is one Swift `Character`, equal
    /// to neither) becomes one space.
    private func singleLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var inBreak = false
        for scalar in text.unicodeScalars {
            let isBreak = scalar == "\n" || scalar == "\r"
            if isBreak, !inBreak, !result.isEmpty { result.append(" ") }
            if !isBreak { result.append(scalar) }
            inBreak = isBreak
        }
        if inBreak, result.last == " " { result.removeLast() }
        return String(result)
    }
}

extension String {
    /// The text without leading and trailing spaces (U+0020 scalars, also where a combining mark
    /// follows one).
    func trimmingSpaces() -> String {
        var text = Substring(self).unicodeScalars
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(String.UnicodeScalarView(text))
    }

    /// Every occurrence of the scalar `target` replaced (also where a combining mark follows it),
    /// without Foundation.
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
