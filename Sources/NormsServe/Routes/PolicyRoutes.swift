import Foundation
import Hummingbird
import NormsSource

/// `GET /v1/policies` and `GET /v1/policies/{name}`: what each policy is, which version serves,
/// and how its last load went.
struct PolicyRoutes: Sendable {
    let store: PolicyStore

    func list(_ request: Request, context: some RequestContext) async throws -> Response {
        JSONResponse.ok(.object([("policies", .array(store.all.map { Self.summary($0) }))]))
    }

    func detail(_ request: Request, context: some RequestContext) async throws -> Response {
        let name = try context.parameters.require("name")
        guard let policy = store.policy(name) else { throw ServiceError.unknownPolicy(name, known: store.names) }
        return JSONResponse.ok(Self.summary(policy, diagnostics: true))
    }

    /// `name`, `file`, `status` (`loaded`, `reload-failed`: an older version serves, `not-loaded`),
    /// the serving version's `hash`, `loaded_at` and `rules` (`null` when none serves), and
    /// `last_load` (`at`, `ok`); with `diagnostics`, every diagnostic of the last load.
    static func summary(_ policy: ServedPolicy, diagnostics: Bool = false) -> JSONValue {
        let status = policy.lastAttempt.succeeded ? "loaded" : (policy.serving == nil ? "not-loaded" : "reload-failed")
        var members: [(String, JSONValue)] = [
            ("name", .string(policy.name)),
            ("file", .string(policy.path)),
            ("status", .string(status)),
            ("hash", .optional(policy.serving?.hash)),
            ("loaded_at", .optional(policy.serving.map { JSONResponse.time($0.loadedAt) })),
            ("rules", policy.serving.map { .int($0.ruleCount) } ?? .null),
            ("last_load", .object([
                ("at", .string(JSONResponse.time(policy.lastAttempt.at))),
                ("ok", .bool(policy.lastAttempt.succeeded)),
            ])),
        ]
        if diagnostics {
            members.append(("diagnostics", .array(policy.lastAttempt.diagnostics.map { $0.json(withSeverity: true) })))
        }
        return .object(members)
    }
}

/// `GET /healthz`, `GET /readyz` and `GET /metrics`.
struct HealthRoutes: Sendable {
    let store: PolicyStore
    let metrics: ServiceMetrics
    /// The service's token, when it has one: `/readyz` gives its details only to requests that
    /// carry it.
    let token: [UInt8]?

    /// Alive: the process answers.
    func health(_ request: Request, context: some RequestContext) async throws -> Response {
        JSONResponse.ok(.object([("status", "ok")]))
    }

    /// Ready (200) when every policy has a version serving, else 503; either way `failed` lists the
    /// policies whose last load failed, with its errors. A failed reload with an older version still
    /// serving leaves the service ready, so that one broken edit never takes every instance out of
    /// a load balancer.
    ///
    /// The route is open, as probes carry no token; when the service has a token, a request
    /// without it gets `ready` alone: policy names, file paths and diagnostics (which quote policy
    /// text) are the token holders' to see.
    func ready(_ request: Request, context: some RequestContext) async throws -> Response {
        let policies = store.all
        let ready = policies.allSatisfy { $0.serving != nil }
        if let token, !BearerToken.isCarried(in: request.headers, token: token) {
            return JSONResponse.make(ready ? .ok : .serviceUnavailable, .object([("ready", .bool(ready))]))
        }
        let failed = policies.filter(\.lastLoadFailed).map { policy -> JSONValue in
            .object([
                ("name", .string(policy.name)),
                ("file", .string(policy.path)),
                ("serving", .bool(policy.serving != nil)),
                ("diagnostics", .array(policy.lastAttempt.diagnostics.filter { $0.severity == .error }.map { $0.json(withSeverity: true) })),
            ])
        }
        let body: JSONValue = .object([
            ("ready", .bool(ready)),
            ("policies", .array(policies.map { .string($0.name) })),
            ("failed", .array(failed)),
        ])
        return JSONResponse.make(ready ? .ok : .serviceUnavailable, body)
    }

    /// The Prometheus text exposition.
    func metrics(_ request: Request, context: some RequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
    }
}

/// JSON answers other than decisions: compact, one line, and a line feed.
enum JSONResponse {
    static func ok(_ value: JSONValue) -> Response { make(.ok, value) }

    static func make(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        Response(status: status, headers: [.contentType: "application/json"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: value.compact + "\n")))
    }

    /// RFC 3339 in UTC with milliseconds, as `2026-03-02T09:00:00.000Z`.
    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }
}
