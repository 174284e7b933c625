import CoreMetrics
import Foundation
import Metrics
import NIOConcurrencyHelpers
import NormsEngine
import Prometheus

/// The service's metrics, recorded through swift-metrics into one Prometheus registry that
/// `GET /metrics` writes out. Each service owns its registry, so tests run side by side.
package final class ServiceMetrics: Sendable {
    package let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let decisionLatency: CoreMetrics.Timer
    private let decisionsByNotify: [Notify: CoreMetrics.Counter]
    private let droppedLogRecords: CoreMetrics.Counter
    private let refusedConnections: CoreMetrics.Counter
    /// The request counters made so far, by route, method and status.
    private let requestCounters = NIOLockedValueBox<[RequestLabels: CoreMetrics.Counter]>([:])

    /// What a request is counted by: its route as the router writes it (`:name`), `nil` for none.
    private struct RequestLabels: Hashable {
        var endpoint: String?
        var method: String
        var status: Int
    }

    /// The label of the decision-latency histogram (seconds).
    static let decisionLatencyLabel = "norms_decision_duration_seconds"

    package init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // A decision takes microseconds: buckets from 5 µs to 50 ms.
        factory.durationHistogramBuckets[Self.decisionLatencyLabel] = [
            .microseconds(5), .microseconds(10), .microseconds(25), .microseconds(50), .microseconds(100),
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(50),
        ]
        self.factory = factory
        decisionLatency = CoreMetrics.Timer(label: Self.decisionLatencyLabel, factory: factory)
        decisionsByNotify = Dictionary(uniqueKeysWithValues: Notify.allCases.map { notify in
            (notify, CoreMetrics.Counter(label: "norms_recipient_decisions_total", dimensions: [("notify", notify.rawValue)], factory: factory))
        })
        droppedLogRecords = CoreMetrics.Counter(label: "norms_decision_log_dropped_total", factory: factory)
        refusedConnections = CoreMetrics.Counter(label: "norms_connections_refused_total", factory: factory)
    }

    /// Counts one answered request.
    /// - Parameters:
    ///   - endpoint: the route as the router writes it, as `/v1/policies/:name/check`, or `nil`
    ///     for a path no route takes; labelled with its pattern, `/v1/policies/{name}/check`, or
    ///     `unknown`: never the path as sent, so that a client cannot make the metrics grow.
    ///   - method: the method's label, from a closed set.
    package func countRequest(endpoint: String?, method: String, status: Int) {
        let labels = RequestLabels(endpoint: endpoint, method: method, status: status)
        let counter = requestCounters.withLockedValue { counters in
            if let known = counters[labels] { return known }
            let route = endpoint.map { $0.replacingOccurrences(of: ":name", with: "{name}") } ?? "unknown"
            let made = CoreMetrics.Counter(label: "norms_http_requests_total",
                               dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory)
            counters[labels] = made
            return made
        }
        counter.increment()
    }

    /// Records one decision: how long the evaluation took, and each recipient's `notify`.
    package func recordDecision(_ decision: Decision, nanoseconds: Int64) {
        decisionLatency.recordNanoseconds(nanoseconds)
        for recipient in decision.recipients { decisionsByNotify[recipient.notify]?.increment() }
    }

    /// Counts a reload of `policy`, and a failed one when it did not load.
    package func countReload(policy: String, failed: Bool) {
        CoreMetrics.Counter(label: "norms_policy_reloads_total", dimensions: [("policy", policy)], factory: factory).increment()
        if failed {
            CoreMetrics.Counter(label: "norms_policy_reload_failures_total", dimensions: [("policy", policy)], factory: factory).increment()
        }
    }

    /// Counts a decision-log record dropped because the log could not keep up.
    package func countDroppedLogRecord() {
        droppedLogRecords.increment()
    }

    /// Counts a connection closed as it opened, because `--max-connections` were open.
    package func countRefusedConnection() {
        refusedConnections.increment()
    }

    /// The Prometheus text exposition of every metric.
    package func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
