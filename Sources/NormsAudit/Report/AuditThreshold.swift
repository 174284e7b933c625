import Foundation
import NormsSource

/// A CI gate on the audit: `--fail-under compliance=0.9,protected=0.5`.
public struct AuditThreshold: Sendable, Equatable {
    /// A figure a gate can hold to a minimum; each is a share from 0 to 1.
    public enum Metric: String, Sendable, CaseIterable {
        /// Replies answered in time, of those due.
        case compliance
        /// Interruptions the policy avoids, of those that happened.
        case protected
        /// Messages the policy allows, of all messages.
        case allowed

        /// The figure in `report`; `nil` when it is undefined (nothing due, no interruption, no message).
        public func value(in report: AuditReport) -> Double? {
            let total = report.total
            switch self {
            case .compliance: return total.replies.compliance
            case .protected:
                let actual = total.actual.interruptions
                return actual == 0 ? nil : Double(total.protected) / Double(actual)
            case .allowed:
                return report.messages == 0 ? nil : Double(report.allowedMessages) / Double(report.messages)
            }
        }
    }

    public var metric: Metric
    public var minimum: Double

    public init(metric: Metric, minimum: Double) {
        self.metric = metric
        self.minimum = minimum
    }

    /// Parses `METRIC=SHARE` pairs, comma-separated.
    /// - Throws: ``DiagnosticsError`` for an unknown metric (with the closest one) or a share outside 0…1.
    public static func parse(_ text: String) throws(DiagnosticsError) -> [AuditThreshold] {
        var result: [AuditThreshold] = []
        let names = Metric.allCases.map(\.rawValue)
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0) }
            guard parts.count == 2, let minimum = Double(parts[1]), (0...1).contains(minimum) else {
                throw problem("invalid threshold \(quoted: String(pair))", help: "write METRIC=SHARE with a share from 0 to 1, such as compliance=0.9")
            }
            guard let metric = Metric(rawValue: parts[0]) else {
                throw problem("unknown metric \(quoted: parts[0]) in --fail-under",
                              help: Suggestions.didYouMean(parts[0], in: names) ?? "the metrics are \(names.joined(separator: ", "))")
            }
            result.append(AuditThreshold(metric: metric, minimum: minimum))
        }
        return result
    }

    /// Why the report misses this gate, or `nil` when it meets it. An undefined figure misses it:
    /// a gate that cannot be checked does not pass.
    public func failure(in report: AuditReport) -> String? {
        guard let value = metric.value(in: report) else {
            return "\(metric.rawValue) is undefined for this log (nothing to measure it on), so it cannot reach \(minimum)"
        }
        return value < minimum ? "\(metric.rawValue) is \(Self.format(value)), under the minimum of \(Self.format(minimum))" : nil
    }

    static func format(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private static func problem(_ message: String, help: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(code: "audit.invalid-threshold", message: message, span: .synthetic("--fail-under"), help: help)])
    }
}
