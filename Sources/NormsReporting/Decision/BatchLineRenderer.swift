import NormsEngine
import NormsSource

/// One readable line per message, for `norms check --batch --format text`: the line number, the
/// message's id, the answer, and how each recipient is reached.
///
/// ```
/// line 3 (m-17): allowed, immediate reply needed — ana: notify now, reply by 02:15
/// line 4: not allowed (channel.phone.min_level) — bob: notify now, reply by 10:15
/// line 5, column 13: error: unknown channel 'fax' — did you mean 'chat'? [message.unknown-channel]
/// ```
///
/// Every line is safe to print to a terminal: it passes through ``DisplayText/escaped(_:)``, so a
/// control character from the message or the policy is written as a visible escape (`\e`, `\r`,
/// `\n`, `\u{7F}`), and so are the bidirectional controls that reorder text; no input can move
/// the cursor, recolour the terminal or start a line of its own. The line ends without a newline.
public struct BatchLineRenderer: Sendable {
    public init() {}

    /// The line for a decision.
    public func render(_ decision: Decision, line: Int, id: String?) -> String {
        var answer: String
        if decision.allowed {
            answer = "allowed"
        } else {
            let blocking = decision.violations.filter { $0.isEnforced && $0.severity == .error }.map(\.rule)
            answer = "not allowed (" + blocking.joined(separator: ", ") + ")"
        }
        if decision.needsImmediateReply { answer += ", immediate reply needed" }
        let text = DecisionTextRenderer()
        let recipients = decision.recipients.map { "\($0.id): \(text.notifyText($0)), \(text.replyText($0))" }
        return DisplayText.escaped(label(line: line, column: nil, id: id) + answer + " — " + recipients.joined(separator: "; "))
    }

    /// The line for a message that could not be evaluated: every problem's sentence and fix, and
    /// the first problem's code.
    /// - Parameter column: the first problem's column, when it is on this line.
    public func render(_ diagnostics: [Diagnostic], line: Int, column: Int?, id: String?) -> String {
        let first = diagnostics.first
        let sentences = diagnostics.map { $0.message + ($0.help.map { " — \($0)" } ?? "") }.joined(separator: "; ")
        return DisplayText.escaped(label(line: line, column: column, id: id) + "error: " + sentences + (first.map { " [\($0.code)]" } ?? ""))
    }

    private func label(line: Int, column: Int?, id: String?) -> String {
        "line \(line)" + (column.map { ", column \($0)" } ?? "") + (id.map { " (\($0))" } ?? "") + ": "
    }
}
