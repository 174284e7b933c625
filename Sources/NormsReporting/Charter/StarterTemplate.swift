/// A starter policy that `norms init` can write: one file of the project's `policies/` folder,
/// embedded in the binary (see ``EmbeddedPolicies``) so an installed `norms` needs no checkout.
public struct StarterTemplate: Sendable, Hashable {
    /// The template's name: the file name without its extension (`remote-async`, `company`).
    public let name: String
    /// The file's path relative to `policies/` (`remote-async.yaml`, `base/company.yaml`).
    public let path: String
    /// The file's text, comments included, byte for byte.
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let file = path.split(separator: "/").last.map(String.init) ?? path
        self.name = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
    }

    /// Every template: the top-level policies first, then those in sub-folders, each group by name.
    public static let all: [StarterTemplate] = EmbeddedPolicies.files
        .map { StarterTemplate(path: $0.path, text: $0.text) }
        .sorted { ($0.path.contains("/") ? 1 : 0, $0.name) < ($1.path.contains("/") ? 1 : 0, $1.name) }

    /// The template `norms init` writes when none is named.
    public static let defaultName = "remote-async"

    /// The template of that name, if there is one.
    public static func named(_ name: String) -> StarterTemplate? {
        all.first { $0.name == name }
    }

    /// The embedded file at a path relative to `policies/`, for resolving `extends`.
    public static func file(at path: String) -> StarterTemplate? {
        all.first { $0.path == path }
    }

    /// The headline of the file's opening comment ("Customer support — staffed hours across two
    /// zones, one overnight shift"), skipping rule lines made of `=` or `-`.
    public var summary: String {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            let content = line.drop { $0 == "#" || $0 == " " }
            if !content.isEmpty, !content.allSatisfy({ $0 == "=" || $0 == "-" }) { return String(content) }
        }
        return name
    }
}
