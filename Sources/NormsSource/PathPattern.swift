/// A glob over relative paths, as a project configuration's `include` and `exclude` write them.
///
/// - `*` matches any run of characters within one path segment, `?` one character, `[abc]`,
///   `[a-z]` and `[!abc]` one character of (or not of) a set.
/// - `**` as a whole segment matches any number of segments, none included: `policies/**/*.yaml`
///   matches `policies/a.yaml` and `policies/team/a.yaml`.
/// - A pattern without a `/` (other than a trailing one) matches a name at any depth, as in
///   `.gitignore`: `node_modules` matches `node_modules` and `web/node_modules`.
/// - A trailing `/` matches folders only; a pattern that matches a folder covers everything below it.
/// - A leading `./` or `/` anchors the pattern at the configuration's folder.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    private let segments: [Substring]
    private let foldersOnly: Bool

    public init(_ text: String) {
        description = text
        var body = Substring(text)
        foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        let anchored = body.hasPrefix("/") || body.hasPrefix("./") || body.dropFirst().contains("/")
        while body.hasPrefix("./") { body = body.dropFirst(2) }
        while body.hasPrefix("/") { body = body.dropFirst() }
        let parts = body.split(separator: "/", omittingEmptySubsequences: true)
        segments = anchored ? parts : ["**"] + parts
    }

    /// Whether the pattern matches a path relative to the configuration's folder (segments
    /// separated by `/`, no `.` or `..`), or one of the folders above it.
    /// - Parameter isFolder: whether the path itself names a folder.
    public func matches(_ relativePath: String, isFolder: Bool) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return false }
        // The path itself, then each folder above it (a matched folder covers what it holds).
        for length in stride(from: parts.count, through: 1, by: -1) {
            let pathIsFolder = length < parts.count || isFolder
            if foldersOnly && !pathIsFolder { continue }
            if Self.match(segments[...], parts[..<length]) { return true }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var index = path.startIndex
            while true {
                if match(rest, path[index...]) { return true }
                if index == path.endIndex { return false }
                index += 1
            }
        }
        guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*`, `?` and `[...]` within one segment; backtracks over `*` only, so the work is bounded by
    /// the product of the two lengths.
    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var star: (p: Int, n: Int)?
        while n < name.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                star = (p, n)
                p += 1
            } else if p < pattern.endIndex, let next = matchOne(pattern, at: p, name[n]) {
                p = next
                n += 1
            } else if let resume = star {
                p = resume.p + 1
                n = resume.n + 1
                star = (resume.p, resume.n + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// When the pattern element at `index` (a character, `?` or a `[...]` set) matches `scalar`,
    /// the index after the element.
    private static func matchOne(_ pattern: ArraySlice<Unicode.Scalar>, at index: Int, _ scalar: Unicode.Scalar) -> Int? {
        let element = pattern[index]
        if element == "?" { return index + 1 }
        guard element == "[", let close = pattern[(index + 1)...].dropFirst().firstIndex(of: "]") else {
            return element == scalar ? index + 1 : nil
        }
        var set = pattern[(index + 1)..<close]
        let negated = set.first == "!" || set.first == "^"
        if negated { set = set.dropFirst() }
        var found = false
        var i = set.startIndex
        while i < set.endIndex {
            if i + 2 < set.endIndex, set[i + 1] == "-" {
                if set[i].value <= scalar.value && scalar.value <= set[i + 2].value { found = true }
                i += 3
            } else {
                if set[i] == scalar { found = true }
                i += 1
            }
        }
        return found != negated ? close + 1 : nil
    }
}
