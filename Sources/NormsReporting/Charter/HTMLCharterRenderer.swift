/// Renders a ``CharterDocument`` as one self-contained HTML5 page.
///
/// Every piece of text from the policy goes through ``escape(_:)``, which replaces the five
/// characters HTML gives meaning to (`& < > " '`), in text and attribute values alike.
public struct HTMLCharterRenderer: Sendable {
    public init() {}

    /// The whole page, ending in a newline.
    public func render(_ document: CharterDocument) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"norms doc\">",
            "<title>\(escape(document.title))</title>",
            "<style>",
            Self.style,
            "</style>",
            "</head>",
            "<body>",
            "<main>",
            "<h1>\(escape(document.title))</h1>",
        ]
        lines += document.blocks.map(render)
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static let style = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1b1b1f; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { border: 1px solid #d0d0d7; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f6; }
        code { font-family: ui-monospace, monospace; background: #f3f3f6; padding: 0 0.2rem; border-radius: 3px; }
        h2 { border-bottom: 1px solid #d0d0d7; padding-bottom: 0.2rem; margin-top: 2rem; }
        """

    private func render(_ block: CharterBlock) -> String {
        switch block {
        case .heading(let level, let text, let anchor):
            let tag = "h\(max(2, min(6, level)))"
            let id = anchor.map { " id=\"\(escape($0))\"" } ?? ""
            return "<\(tag)\(id)>\(escape(text))</\(tag)>"
        case .paragraph(let runs):
            return "<p>\(inline(runs))</p>"
        case .list(let items):
            return (["<ul>"] + items.map { "<li>\(inline($0))</li>" } + ["</ul>"]).joined(separator: "\n")
        case .table(let header, let rows):
            var lines = ["<table>", "<thead>", "<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>", "</thead>", "<tbody>"]
            for row in rows {
                let cells = (0..<header.count).map { index in index < row.count ? inline(row[index]) : "" }
                lines.append("<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
            }
            lines += ["</tbody>", "</table>"]
            return lines.joined(separator: "\n")
        }
    }

    private func inline(_ runs: [CharterInline]) -> String {
        runs.map { run in
            switch run {
            case .text(let text): escape(text)
            case .code(let text): "<code>\(escape(text))</code>"
            case .strong(let text): "<strong>\(escape(text))</strong>"
            case .emphasis(let text): "<em>\(escape(text))</em>"
            }
        }.joined()
    }

    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in quoted attribute values.
    ///
    /// It works on Unicode scalars, as an HTML parser reads them: a `<` followed by a combining mark
    /// is one Swift `Character` that equals no `<`, yet the browser still sees the `<`.
    public func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
