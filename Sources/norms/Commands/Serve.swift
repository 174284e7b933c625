import ArgumentParser
import Foundation
import Logging
import NormsServe
import NormsSource

extension Norms {
    /// `norms serve`: the policies as an HTTP decision service.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Answer decisions over HTTP for bots, mail filters and notification gateways.",
            discussion: """
                Serves each policy file, and each policy in a folder (one per YAML file, named by the \
                file name without its extension), at /v1/policies/NAME/check; see docs/serve.md and \
                docs/openapi.yaml. SIGHUP reloads every policy (a version that does not load keeps the \
                old one serving); SIGTERM or SIGINT stops accepting connections, finishes the requests \
                in flight and exits 0. TLS belongs to a reverse proxy in front.
                Exit codes: 0 stopped by a signal; 2 a path that does not exist, no policy, two policies \
                of one name, an unreadable token file or decision log, an address that cannot be bound; \
                64 a malformed command line.
                """)

        @Argument(help: ArgumentHelp("Policy files, or folders of policy files.", valueName: "POLICY_FOLDER_OR_FILE"))
        var policies: [String]

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on; 0 lets the system choose (the log says which).")
        var port = 8181

        @Option(help: ArgumentHelp(
            "A file holding the token every route but /healthz and /readyz requires as 'Authorization: Bearer TOKEN'.",
            valueName: "FILE"))
        var tokenFile: String?

        @Option(help: ArgumentHelp("The largest body of a single check, in bytes; more is answered 413.", valueName: "BYTES"))
        var maxBody = 1 << 20

        @Option(help: ArgumentHelp(
            "Seconds a request may take to arrive (a batch body: may pause), a connection may stay idle, and an answer may stay unread (at most 86400).",
            valueName: "SECONDS"))
        var readTimeout = 10

        @Option(help: ArgumentHelp(
            "The most connections open at once; one more is closed as soon as it opens.", valueName: "COUNT"))
        var maxConnections = 512

        @Option(help: ArgumentHelp("Append one JSON line per decision to this file (reopened on SIGHUP).", valueName: "FILE"))
        var decisionLog: String?

        @Option(help: ArgumentHelp(
            "The most bytes of decision-log records waiting for the disk; past it records are dropped and counted.",
            valueName: "BYTES"))
        var decisionLogBuffer = DecisionLog.defaultBufferBytes

        @Flag(help: "Reload a policy when its file changes, and serve new files in a served folder.")
        var watch = false

        @Option(help: ArgumentHelp("With --watch, how often to look for changes, in seconds.", valueName: "SECONDS"))
        var watchInterval = 2

        @Option(help: "Log format on standard error: text or json (one object per line).")
        var logFormat: ServiceLogHandler.Format = .text

        @OptionGroup
        var root: RootOption

        func validate() throws {
            if !(1...65_535).contains(port) && port != 0 { throw ValidationError("--port must be between 0 and 65535") }
            if maxBody < 1 { throw ValidationError("--max-body must be 1 or more bytes") }
            let seconds = 1...ServeLimits.maxReadTimeoutSeconds
            if !seconds.contains(readTimeout) { throw ValidationError("--read-timeout must be between 1 and \(seconds.upperBound) seconds") }
            if !seconds.contains(watchInterval) { throw ValidationError("--watch-interval must be between 1 and \(seconds.upperBound) seconds") }
            if decisionLogBuffer < 1 << 20 { throw ValidationError("--decision-log-buffer must be 1048576 bytes (1 MiB) or more") }
            if maxConnections < 1 { throw ValidationError("--max-connections must be 1 or more") }
        }

        func run() async throws {
            let format = logFormat
            var logger = Logger(label: "norms.serve") { _ in ServiceLogHandler(format: format) }
            logger.logLevel = .info
            var configuration = ServeConfiguration(policyPaths: policies)
            configuration.root = root.policyRoot
            configuration.host = host
            configuration.port = port
            configuration.limits = ServeLimits(maxBodyBytes: maxBody, readTimeout: .seconds(readTimeout), maxConnections: maxConnections)
            configuration.decisionLogPath = decisionLog
            configuration.decisionLogBufferBytes = decisionLogBuffer
            configuration.watchInterval = watch ? .seconds(watchInterval) : nil
            do {
                configuration.token = try tokenFile.map(Self.readToken)
                let server = try DecisionServer(configuration: configuration, logger: logger)
                if !(await DecisionServer.runTasksOnEventLoops()) {
                    logger.notice("tasks run on Swift's own threads: the event loops could not take them over")
                }
                try await server.run()
            } catch {
                Console.report(error)
                throw ExitStatus.invalidInput
            }
        }

        /// The token in `path`, without the line break or spaces around it.
        private static func readToken(_ path: String) throws -> String {
            let token = String(decoding: try SourceFile.read(path: path, maxBytes: 4096).bytes, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else {
                throw ServeError("the token file \(quotedPath: path) is empty", help: "write the token on the file's first line")
            }
            return token
        }
    }
}
