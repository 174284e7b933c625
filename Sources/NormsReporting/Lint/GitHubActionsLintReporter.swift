import NormsLint
import NormsSource

/// GitHub Actions workflow commands, one per finding, which annotate the pull request:
/// `::error file=F,line=L,col=C,title=RULE::MESSAGE`; `warning` and `notice` for the other
/// severities. The help, when there is one, is a second line of the message.
public struct GitHubActionsLintReporter: LintReporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        report.findings.map(Self.command).map { $0 + "\n" }.joined()
    }

    static func command(_ finding: Finding) -> String {
        let level = switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
        var properties = ["file=" + escapeProperty(finding.span.file)]
        if !finding.span.isSynthetic {
            properties += ["line=\(finding.span.start.line)", "col=\(finding.span.start.column)"]
        }
        properties.append("title=" + escapeProperty(finding.ruleID))
        let message = finding.message + (finding.help.map { "\nhelp: " + $0 } ?? "")
        return "::\(level) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            // ESC and every other control character would reach the log raw.
            case _ where DisplayText.needsEscape(scalar): result += DisplayText.escaped(String(scalar))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes a property value: as data, and `:` and `,` too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingColonsAndCommas()
    }
}

extension String {
    fileprivate func replacingColonsAndCommas() -> String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
