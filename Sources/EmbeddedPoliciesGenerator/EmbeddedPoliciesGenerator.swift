import Foundation

/// Writes `EmbeddedPolicies.swift` at build time (run by the `EmbedPolicies` build-tool plugin):
/// every `*.yaml`/`*.yml` file below the package's `policies/` except test files
/// (`*.test.yaml`), sorted by path, and the example messages their "Try it" lines name, each as a
/// raw multi-line string literal, so that `norms init` works without a checkout.
///
///     EmbeddedPoliciesGenerator PACKAGE_ROOT OUTPUT_FILE
@main
enum EmbeddedPoliciesGenerator {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 2, let root = arguments.first, let output = arguments.last else {
            FileHandle.standardError.write(Data("usage: EmbeddedPoliciesGenerator PACKAGE_ROOT OUTPUT_FILE\n".utf8))
            exit(64)
        }
        let source = try source(root: URL(fileURLWithPath: root, isDirectory: true))
        try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    }

    static func source(root: URL) throws -> String {
        let folder = root.appendingPathComponent("policies", isDirectory: true)
        var lines = [
            "// Generated at build time from the package's policies/ and examples/messages/ by the",
            "// EmbedPolicies plugin (Sources/EmbeddedPoliciesGenerator).",
            "",
            "/// The files of the project's `policies/` folder, embedded so that `norms init` works without a",
            "/// checkout. Paths are relative to `policies/`, sorted; each text is the file byte for byte.",
            "public enum EmbeddedPolicies {",
            "    public static let files: [(path: String, text: String)] = [",
        ]
        var messages: [String] = []
        for path in try policyPaths(in: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            lines += try entry(path: path, text: text)
            messages += tryItMessages(in: text)
        }
        lines += [
            "    ]",
            "",
            "    /// The example messages the policies' \"Try it\" lines name, for the starter `norms init` writes.",
            "    /// Paths are relative to the project's root (`examples/messages/…`), sorted.",
            "    public static let messages: [(path: String, text: String)] = [",
        ]
        for path in Set(messages).sorted() {
            lines += try entry(path: path, text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    struct DelimiterInText: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) holds the literal's closing delimiter \"\"\"####" }
    }

    /// One `(path:, text:)` element as a raw multi-line string literal.
    private static func entry(path: String, text: String) throws -> [String] {
        guard !text.contains("\"\"\"####") else { throw DelimiterInText(path: path) }
        // The literal drops the line break before its closing delimiter, hence the extra one.
        return ["        (", "            path: \"\(path)\",", "            text: ####\"\"\"", text + "\n\"\"\"####", "        ),"]
    }

    /// The message files named by `#   norms check --policy POLICY MESSAGE` comment lines.
    private static func tryItMessages(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.first == "#", words.dropFirst().starts(with: ["norms", "check"]), let last = words.last,
                  last.hasPrefix("examples/messages/") else { return nil }
            return String(last)
        }
    }

    /// Paths relative to `folder`, sorted by Unicode scalar order (as `sorted()` sorts).
    private static func policyPaths(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            let isPolicy = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
            let isTest = path.hasSuffix(".test.yaml") || path.hasSuffix(".test.yml")
            if isPolicy && !isTest { paths.append(path) }
        }
        return paths.sorted()
    }
}
