import Foundation
import NormsSource
import Testing

@Suite struct PathPatternTests {
    @Test("patterns against paths, as docs/configuration.md describes them", arguments: [
        ("node_modules", "node_modules", true, true),
        ("node_modules", "web/node_modules/x/a.yaml", false, true),
        ("node_modules/", "node_modules", false, false),          // a file named so is not a folder
        ("node_modules/", "node_modules/a.yaml", false, true),
        ("policies/**/*.yaml", "policies/a.yaml", false, true),
        ("policies/**/*.yaml", "policies/team/x/a.yaml", false, true),
        ("policies/**/*.yaml", "other/policies/a.yaml", false, false),
        ("policies/*.yaml", "policies/team/a.yaml", false, false),
        ("*.draft.yaml", "policies/a.draft.yaml", false, true),
        ("*.draft.yaml", "policies/a.yaml", false, false),
        ("./a.yaml", "a.yaml", false, true),
        ("./a.yaml", "x/a.yaml", false, false),
        ("/policies/", "policies/a.yaml", false, true),
        ("team-[ab].yaml", "team-b.yaml", false, true),
        ("team-[!ab].yaml", "team-b.yaml", false, false),
        ("team-[a-c].yaml", "team-c.yaml", false, true),
        ("t?am.yaml", "team.yaml", false, true),
        ("**", "anything/at/all.yaml", false, true),
        ("a*b*c", "axxbyyc", false, true),
        ("a*b*c", "axxbyy", false, false),
    ])
    func matches(pattern: String, path: String, isFolder: Bool, expected: Bool) {
        #expect(PathPattern(pattern).matches(path, isFolder: isFolder) == expected, "\(pattern) ~ \(path)")
    }

    @Test func filterIncludesAndExcludes() {
        let filter = PathFilter(base: "/repo", include: [PathPattern("policies/")], exclude: [PathPattern("**/drafts/")])
        #expect(filter.admitsFile("/repo/policies/a.yaml"))
        #expect(!filter.admitsFile("/repo/other/a.yaml"))
        #expect(filter.admitsFile("/repo/other/a.yaml", named: true))
        #expect(!filter.admitsFile("/repo/policies/drafts/a.yaml", named: true))
        #expect(!filter.admitsFolder("/repo/policies/drafts"))
        #expect(filter.admitsFolder("/repo/policies"))
        // Outside the configuration's folder, nothing is filtered.
        #expect(filter.admitsFile("/elsewhere/drafts/a.yaml"))
    }

    @Test("a base or a path reached through a symbolic link is filtered all the same")
    func filterResolvesLinks() throws {
        let real = FileManager.default.temporaryDirectory.appendingPathComponent("norms-filter-\(UUID().uuidString)")
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("norms-filter-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: real.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        defer {
            try? FileManager.default.removeItem(at: link)
            try? FileManager.default.removeItem(at: real)
        }
        for (base, path) in [(link.path, real.path), (real.path, link.path), (link.path, link.path)] {
            let filter = PathFilter(base: base, exclude: [PathPattern("drafts/")])
            #expect(!filter.admitsFile(path + "/drafts/a.yaml", named: true), "\(base) \(path)")
            #expect(!filter.admitsFolder(path + "/drafts"))
            #expect(filter.admitsFile(path + "/a.yaml", named: true))
        }
    }

    @Test("a long name against many stars stays cheap")
    func boundedWork() {
        let name = String(repeating: "a", count: 5_000) + "b"
        #expect(!PathPattern("*a*a*a*a*a*a*a*a*c").matches(name, isFolder: false))
    }

    // Backtracking over 40 `**` and 60 folders would try some 10^28 splits and never end; the
    // time limit is generous because a loaded machine can hold a test back for minutes before it
    // runs (a wall-clock bound of seconds failed there).
    @Test("repeated ** against a deep path that does not match takes linear work, not exponential",
          .timeLimit(.minutes(5)))
    func repeatedDoubleStars() {
        let pattern = PathPattern(Array(repeating: "**", count: 40).joined(separator: "/") + "/x")
        let deep = Array(repeating: "a", count: 60).joined(separator: "/")
        #expect(!pattern.matches(deep + "/y.yaml", isFolder: false))
        #expect(pattern.matches(deep + "/x", isFolder: false))
        #expect(pattern.matches("x/below.yaml", isFolder: false))   // a matched folder covers what it holds
    }

    @Test("patterns that mix ** with names", arguments: [
        ("a/**/b/**/c", "a/b/c", true),
        ("a/**/b/**/c", "a/x/b/y/z/c", true),
        ("a/**/b/**/c", "a/x/c", false),
        ("**/**/b", "b", true),
        ("a/**", "a", true),   // ** may match no segment
        ("a/**", "a/x", true),
    ])
    func doubleStars(pattern: String, path: String, expected: Bool) {
        #expect(PathPattern(pattern).matches(path, isFolder: false) == expected, "\(pattern) ~ \(path)")
    }
}
