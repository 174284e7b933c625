import Foundation
import NormsTestSupport
import Testing

@Suite("norms doc")
struct DocCommandTests {
    @Test("Markdown charter of the remote-async policy: channels, hours by zone, focus, holidays, rules")
    func markdownCharter() throws {
        let result = try NormsProcess.run(["doc", "policies/remote-async.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Platform team (remote, async) — communication charter")
        for section in ["## At a glance", "## Channels", "## Reply expectations", "## Working hours and time zones",
                        "## Focus time", "## Holidays and time off", "## Urgent exceptions", "## Escalation",
                        "## What not to do", "## All rules"] {
            #expect(lines.contains(section), "missing section \(section)")
        }
        // The team's chat override of the base, merged into the channel, and what chat is for.
        #expect(result.stdout.contains(
            "| `chat` | Quick questions and coordination. Nobody watches chat; expect an answer within a working day. "
                + "| async — can wait | within 1 business day | no — read when the recipient next looks | — |"))
        // Meeting requirements, merged from the base and the team.
        #expect(result.stdout.contains("an agenda; invited at least 24 hours ahead; pre-reading shared at least 24 hours ahead"))
        // People in their own zones, inherited values marked.
        #expect(result.stdout.contains("| `priya` — Priya Shrestha | `platform` | `Asia/Kathmandu` | Mon–Fri 10:00–18:00 | `lena` *(team)* | — |"))
        #expect(result.stdout.contains("- Team `platform`: Mon–Fri 09:00–12:00 (members without their own focus blocks)"))
        #expect(result.stdout.contains("| Thu 2026-12-24 to Fri 2027-01-01 | Year-end shutdown |"))
        // Every rule, bases first, with its description and where it is defined.
        #expect(result.stdout.contains("### urgent-breaks-through"))
        #expect(result.stdout.contains("- **Defined in:** `policies/remote-async.yaml:"))
        #expect(result.stdout.contains("- **Overrides:** the base policy's rule of the same id"))
        let baseRule = try #require(lines.firstIndex(of: "### outages-are-urgent"))
        let teamRule = try #require(lines.firstIndex(of: "### no-meetings-for-updates"))
        #expect(baseRule < teamRule)
    }

    @Test("HTML charter: one self-contained page with anchors per rule and escaped text")
    func htmlCharter() throws {
        let result = try NormsProcess.run(["doc", "policies/oncall.yaml", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(result.stdout.hasSuffix("</main>\n</body>\n</html>\n"))
        #expect(result.stdout.contains("<title>Site reliability (on call) — communication charter</title>"))
        #expect(result.stdout.contains("<h3 id=\"rule-urgent-breaks-through\">urgent-breaks-through</h3>"))
        // The base's holiday "New Year's Day", escaped.
        #expect(result.stdout.contains("<td>New Year&#39;s Day</td>"))
        #expect(result.stdout.contains("escalate by <code>phone</code> to the recipient&#39;s backup"))
    }

    @Test("text from the policy cannot become markup, in either format")
    func escaping() throws {
        let folder = try CLIScratchFolder()
        let policy = try folder.write("hostile.yaml", """
            norms: 1
            name: "<script>alert('x')</script> & Co"
            timezone: UTC
            channels:
              chat: {mode: async, description: "pipes | and *stars* and [links](http://x) & <b>bold</b>"}
            rules:
              - id: a-rule
                description: "# not a heading"
                when: {keywords: ["a|b", "x`y"]}
                then: {violation: "say <no> & \\"quote\\""}
            """)
        let html = try NormsProcess.run(["doc", policy, "--format", "html"])
        #expect(html.status == 0)
        #expect(!html.stdout.contains("<script>"))
        #expect(html.stdout.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co — communication charter</title>"))
        #expect(html.stdout.contains("&amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.stdout.contains("report “say &lt;no&gt; &amp; &quot;quote&quot;”"))
        #expect(!html.stdout.contains("<b>"))

        let markdown = try NormsProcess.run(["doc", policy])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# \\<script\\>alert('x')\\</script\\> & Co — communication charter\n"))
        #expect(markdown.stdout.contains("pipes \\| and \\*stars\\* and \\[links\\](http://x) & \\<b\\>bold\\</b\\>"))
        #expect(markdown.stdout.contains("\\# not a heading"))
        #expect(markdown.stdout.contains("mentioning `a|b` or ``x`y``"))
    }

    @Test("every example policy renders in both formats")
    func everyPolicy() throws {
        for policy in ["policies/base/company.yaml", "policies/remote-async.yaml", "policies/support.yaml", "policies/oncall.yaml"] {
            for format in ["markdown", "html"] {
                let result = try NormsProcess.run(["doc", policy, "--format", format])
                #expect(result.status == 0, "\(policy) as \(format): \(result.stderr)")
                #expect(result.stderr.isEmpty)
            }
        }
    }

    @Test("--output writes the charter to a file and nothing to standard output")
    func outputFile() throws {
        let folder = try CLIScratchFolder()
        let target = folder.path("charter.md")
        let result = try NormsProcess.run(["doc", "policies/support.yaml", "--output", target])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("# Customer support — communication charter\n"))
        #expect(written.contains("| `support-overnight` — Overnight shift | `kim` | `America/Chicago` | Sat–Thu 22:00–06:00 (overnight) | `rosa` |"))
    }

    @Test("--output refuses a symbolic link to a file and leaves its target alone")
    func outputThroughALink() throws {
        let folder = try CLIScratchFolder()
        let target = folder.path("notes.txt")
        try "keep\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.path("charter.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try NormsProcess.run(["doc", "policies/support.yaml", "--output", link])
        #expect(result.status == 2)
        #expect(result.stderr.contains("symbolic link"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
    }

    @Test("--output refuses a folder that a symbolic link takes out of the project, and writes there when it is named by its own path")
    func outputThroughALinkedFolder() throws {
        let folder = try CLIScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path("repo/.git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("repo/site"), withDestinationPath: folder.path("outside"))
        let refused = try NormsProcess.run(["doc", "policies/support.yaml", "--output", folder.path("repo/site/charter.md")])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("its folder leads outside the project"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("outside/charter.md")))
        let direct = try NormsProcess.run(["doc", "policies/support.yaml", "--output", folder.path("outside/charter.md")])
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(try String(contentsOfFile: folder.path("outside/charter.md"), encoding: .utf8).hasPrefix("# Customer support"))
    }

    @Test("a policy that does not load: exit 2, the loader's diagnostics on standard error, nothing on standard output")
    func policyDoesNotLoad() throws {
        let folder = try CLIScratchFolder()
        let source = MarkedSource("""
            norms: 1
            name: Broken
            timezone: Europe/Berlin
            channels:
              email: {mode: ↓asynk}
            """)
        let policy = try folder.write("broken.yaml", source.text)
        let result = try NormsProcess.run(["doc", policy])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let position = "\(source.marker.line):\(source.marker.column)"
        #expect(result.stderr.contains("broken.yaml:\(position): error: invalid value 'asynk'"))
        #expect(result.stderr.contains("help: did you mean 'async'?"))
        #expect(result.stderr.contains("|   email: {mode: asynk}"))
    }

    @Test("a policy file that does not exist: exit 2 with one sentence naming it")
    func missingPolicy() throws {
        let result = try NormsProcess.run(["doc", "policies/nowhere.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("policies/nowhere.yaml"))
    }

    @Test("an unknown format is a usage error: exit 64")
    func unknownFormat() throws {
        let result = try NormsProcess.run(["doc", "policies/support.yaml", "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class CLIScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("norms-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The absolute path of a file in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a file and returns its absolute path.
    func write(_ name: String, _ text: String) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target.path
    }
}
