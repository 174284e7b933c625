import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// `norms serve`: the policies in memory behind an HTTP API (docs/serve.md, docs/openapi.yaml).
///
/// The server, the reload service (SIGHUP, `--watch`) and the decision log run as one service
/// group: SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, writes
/// the decision log out, and returns.
package struct DecisionServer: Sendable {
    package let configuration: ServeConfiguration
    package let store: PolicyStore
    package let metrics: ServiceMetrics
    package let decisionLog: DecisionLog?
    package let logger: Logger

    /// Loads every policy and opens the decision log.
    /// - Throws: ``ServeError`` when a policy path does not exist, no policy is found, two policies
    ///   share a name, or the decision log cannot be opened.
    package init(configuration: ServeConfiguration, logger: Logger) throws(ServeError) {
        self.configuration = configuration
        self.logger = logger
        let metrics = ServiceMetrics()
        self.metrics = metrics
        store = PolicyStore(sources: PolicySources(paths: configuration.policyPaths), root: configuration.root,
                            metrics: metrics, logger: logger)
        try store.loadAll()
        if let path = configuration.decisionLogPath {
            decisionLog = try DecisionLog(path: path, bufferBytes: configuration.decisionLogBufferBytes, metrics: metrics, logger: logger)
        } else {
            decisionLog = nil
        }
    }

    /// Every route, behind the middleware that checks the token, answers errors and counts requests.
    package func router() -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: ServiceMiddleware(token: configuration.token.map { Array($0.utf8) }, metrics: metrics))
        let decisions = decisionRoutes
        let batches = BatchRoutes(store: store, metrics: metrics, decisionLog: decisionLog, limits: configuration.limits)
        let policies = PolicyRoutes(store: store)
        let health = HealthRoutes(store: store, metrics: metrics, token: configuration.token.map { Array($0.utf8) })
        router.post(RouterPath(DecisionRoutes.route), use: decisions.check)
        router.post("/v1/policies/:name/check/batch", use: batches.check)
        router.get("/v1/policies", use: policies.list)
        router.get("/v1/policies/:name", use: policies.detail)
        router.get("/healthz", use: health.health)
        router.get("/readyz", use: health.ready)
        router.get("/metrics", use: health.metrics)
        return router
    }

    /// The single-check route, which the router and ``InlineCheckHandler`` share.
    private var decisionRoutes: DecisionRoutes {
        DecisionRoutes(store: store, metrics: metrics, decisionLog: decisionLog, limits: configuration.limits)
    }

    /// The HTTP server on the configured address.
    /// - Parameter onServerRunning: called with the port once the server listens (the port the
    ///   system chose when the configuration asks for port 0).
    package func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        let timeout = TimeAmount.nanoseconds(configuration.limits.readTimeout.nanoseconds)
        let connections = ConnectionLimit(maximum: configuration.limits.maxConnections, metrics: metrics)
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [
                connections.handler(), RequestReadDeadline(timeout: timeout), ResponseWriteDeadline(timeout: timeout),
            ],
            idleTimeout: timeout)
        let decisions = decisionRoutes
        let token = configuration.token.map { Array($0.utf8) }
        let logger = logger
        return Application(
            router: router(),
            server: HTTPServerBuilder { responder in
                InlineCheckChannel(http1: HTTP1Channel(responder: responder, configuration: http1),
                                   makeHandler: { InlineCheckHandler(routes: decisions, token: token) })
            },
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.notice("listening on http://\(channel.localAddress?.ipAddress ?? "?"):\(port)")
                await onServerRunning(port)
            },
            logger: logger)
    }

    /// Makes the server's event loops (one thread per core) run every task of the process, in
    /// place of Swift's own pool of threads, so that a request's handler runs on the thread that
    /// read the request, with no hop to another thread and back. Nothing the service runs as a
    /// task blocks: file work (reloads, the decision log) runs on threads of its own.
    /// - Returns: whether the event loops took over; when they did not, tasks run on Swift's pool.
    @MainActor
    package static func runTasksOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully.
    package func run() async throws {
        // Shut down in reverse order: reloads stop first, then the server finishes its requests,
        // then the decision log writes out what they logged.
        var services: [any Service] = []
        if let decisionLog { services.append(decisionLog) }
        services.append(application())
        services.append(ReloadService(store: store, decisionLog: decisionLog, watchInterval: configuration.watchInterval,
                                      sources: PolicySources(paths: configuration.policyPaths), logger: logger))
        let group = ServiceGroup(configuration: .init(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        logger.notice("stopped")
    }
}
