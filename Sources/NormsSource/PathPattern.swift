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
    /// Each segment's scalars, read once.
    private let segmentScalars: [[Unicode.Scalar]]
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
        segmentScalars = segments.map { Array($0.unicodeScalars) }
    }

    /// Whether the pattern matches a path relative to the configuration's folder (segments
    /// separated by `/`, no `.` or `..`), or one of the folders above it.
    ///
    /// The work is linear in the path's length times the pattern's: the match keeps the set of
    /// pattern positions reachable so far instead of backtracking, so repeated `**` cost nothing.
    /// - Parameter isFolder: whether the path itself names a folder.
    public func matches(_ relativePath: String, isFolder: Bool) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return false }
        // reachable[i]: the pattern's first i segments match the path's segments read so far.
        var reachable = [Bool](repeating: false, count: segments.count + 1)
        reachable[0] = true
        skipDoubleStars(&reachable)
        for (index, part) in parts.enumerated() {
            let name = Array(part.unicodeScalars)[...]
            var next = [Bool](repeating: false, count: segments.count + 1)
            for position in segments.indices where reachable[position] {
                if segments[position] == "**" {
                    next[position] = true
                } else if Self.matchSegment(segmentScalars[position][...], name) {
                    next[position + 1] = true
                }
            }
            skipDoubleStars(&next)
            guard next.contains(true) else { return false }
            reachable = next
            // A folder above the path that matches covers the path.
            let pathIsFolder = index < parts.count - 1 || isFolder
            if reachable[segments.count], !foldersOnly || pathIsFolder { return true }
        }
        return false
    }

    /// Adds the positions after each reachable `**`, which may match no segment at all.
    private func skipDoubleStars(_ reachable: inout [Bool]) {
        for position in segments.indices where reachable[position] && segments[position] == "**" {
            reachable[position + 1] = true
        }
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
