import NormsEngine
import NormsReporting

/// The example message and the starter test that `norms init` writes beside a policy, so that
/// `norms lint`, `norms test` and `norms check` all succeed right after it.
///
/// A template's opening comment has a "Try it" line, `#   norms check --policy policies/NAME.yaml
/// examples/messages/MESSAGE.yaml`. The message it names is written to `messages/MESSAGE.yaml` in the
/// policy's folder, the line is rewritten to name the files as written, and the starter test
/// (`NAME.test.yaml` beside the policy) holds one case: that message, expecting the decision it gets.
/// A template whose line names another policy (a base such as `company`) has no example.
struct StarterExample {
    /// The template's line as written, and the same line naming the files `norms init` writes.
    let tryItLine: (original: String, rewritten: String)
    /// Where the example message goes, and its text.
    let messagePath: String
    let messageText: String
    /// Where the starter test goes.
    let testPath: String
    /// The policy's file name, as the test file names it (relative to the test file).
    let policyFileName: String

    /// The example for a template written at `policyPath`, or `nil` when the template has none.
    init?(template: StarterTemplate, policyPath: String) {
        let prefix = "#   norms check --policy policies/\(template.path) "
        guard let line = template.text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }),
              let message = EmbeddedPolicies.messages.first(where: { $0.path == line.dropFirst(prefix.count) })
        else { return nil }
        let folder = Norms.Init.Plan.folder(of: policyPath)
        let fileName = String(policyPath.dropFirst(folder.count))
        let stem = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : fileName
        messagePath = folder + "messages/" + (message.path.split(separator: "/").last.map(String.init) ?? message.path)
        messageText = message.text
        testPath = folder + stem + ".test.yaml"
        policyFileName = fileName
        tryItLine = (String(line), "#   norms check --policy \(policyPath) \(messagePath)")
    }

    /// The policy's text with its "Try it" line naming the files as written.
    func policyText(_ text: String) -> String {
        text.replacingOccurrences(of: tryItLine.original, with: tryItLine.rewritten)
    }

    /// The starter test: one case, the example message, expecting the decision it gets now.
    func testText(expecting decision: Decision) -> String {
        let body = messageText.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("#") || $0.isEmpty }
            .map { $0.isEmpty ? "" : "      " + $0 }
        var lines = [
            "# Starter tests for \(policyFileName), written by `norms init`. Run them with `norms test`.",
            "#",
            "# Each case is a message and the parts of the decision it expects. This one is the example",
            "# message and the decision the policy gives it now: when you change the policy, add a case for",
            "# each norm you want to keep, so that `norms test` tells you when a change breaks one.",
            "policy: \(policyFileName)",
            "cases:",
            "  - name: the example message, \(messagePath.split(separator: "/").suffix(2).joined(separator: "/"))",
            "    message:",
        ]
        lines += body.reversed().drop { $0.isEmpty }.reversed()
        lines += [
            "    expect:",
            "      level: \(decision.level)",
            "      needs_immediate_reply: \(decision.needsImmediateReply)",
            "      allowed: \(decision.allowed)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
