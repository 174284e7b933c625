import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NormsServe
import NormsTestSupport

/// A service over a temporary folder of policies, for route-level tests.
struct ServeFixture {
    let folder: String
    let server: DecisionServer

    /// A folder holding `acme.yaml` (the brief's example policy) and any other files given, served
    /// with the given settings.
    init(files: [String: String] = [:], token: String? = nil, maxBody: Int = 1 << 20, decisionLog: Bool = false) throws {
        folder = NSTemporaryDirectory() + "norms-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A root marker, so that `extends` stays inside this folder.
        try Data().write(to: URL(fileURLWithPath: folder + "/.norms.yaml"))
        for (name, text) in ["acme.yaml": BriefExample.yaml].merging(files, uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        var configuration = ServeConfiguration(policyPaths: [folder])
        configuration.token = token
        // A test's client may wait long for a turn on a busy machine: the server does not close
        // its idle connection meanwhile.
        configuration.limits = ServeLimits(maxBodyBytes: maxBody, readTimeout: .seconds(600))
        configuration.decisionLogPath = decisionLog ? folder + "/.decisions.jsonl" : nil
        server = try DecisionServer(configuration: configuration, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// How a test reaches the routes.
    enum Transport: String, CaseIterable, Sendable {
        /// The router alone, with no network.
        case router
        /// The HTTP server on a loopback port, with connections kept alive: single checks are
        /// answered by the connection's own handler. Only for tests whose requests are all
        /// single checks: the router's answers there wait for the test process's task threads,
        /// which other tests may hold for longer than the client waits.
        case loopback
    }

    /// Runs `body` with a client of the routes.
    func test<Value: Sendable>(_ transport: Transport = .router,
                               _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server.application().test(transport == .router ? .router : .live) { client in try await body(client) }
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    /// The `error` member of an error body.
    var error: [String: Any] { object["error"] as? [String: Any] ?? [:] }
}

/// Messages for the brief's example policy (acme.yaml), with what they decide worked out by hand.
enum AcmeMessages {
    /// An outage reported to dana (support, New York, 08:00–20:00 every day) on Monday
    /// 2026-03-02 at 15:00 Berlin (09:00 in New York, inside her hours): `outages-are-urgent`
    /// makes it urgent, `urgent-breaks-through` asks for an immediate reply and notifies now.
    static let outage = #"{"id":"m-1","channel":"chat","from":"alice","to":["dana"],"sent_at":"2026-03-02T15:00:00+01:00","tags":["outage"]}"#
    /// An FYI to bob: `fyi-needs-no-reply`, so no immediate reply and nothing to notify.
    static let fyi = #"{"id":"m-2","channel":"email","from":"alice","to":["bob"],"sent_at":"2026-03-02T10:00:00+01:00","kind":"fyi"}"#
    /// A misspelt recipient: `alicee` is one edit from `alice`.
    static let unknownRecipient = #"{"channel":"chat","from":"bob","to":["alicee"],"sent_at":"2026-03-02T10:00:00+01:00"}"#
}
