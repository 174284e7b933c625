import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes

/// Answers `POST /v1/policies/{name}/check` on the connection's event loop, as the request's
/// parts arrive, with no task, body stream or answer writer per request; every other request goes
/// on, unchanged, to the router.
///
/// The answer is the route's: the same checks in the same order (token, policy, `explain`, body
/// limit, then the message), the same functions deciding them (``BearerToken``,
/// ``PolicyStore/version(of:)``, ``DecisionRoutes/explain(_:)``, ``RequestBodyReader``,
/// ``DecisionRoutes/answer(_:policy:version:explain:)``), the same bytes, metrics and decision log.
/// It sits after Hummingbird's connection state handler and after ``RequestReadDeadline``, so the
/// idle timeout, graceful shutdown and the read deadline see these requests as they see the others.
///
/// Answers keep the order of the requests: while a request the router handles is unanswered, the
/// requests behind it go to the router too. A request this handler does not answer whole goes on
/// whole: one whose path is not exactly the route's with a plain policy name (no escapes), one
/// with `Connection: close`, and any while the client is not reading its answers (the router's
/// path then holds the reads back).
final class InlineCheckHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// A check whose body is arriving (into ``body``).
    private struct Check {
        var policy: String
        var version: ServedPolicy.Version
        var explain: Bool
    }

    /// What is done with the parts of the request being read.
    private enum Reading {
        /// Between requests.
        case idle
        /// The request goes to the router.
        case passing
        /// A check is collecting its body.
        case collecting(Check)
        /// The request is refused; the answer goes out when the request has arrived, or at the end
        /// of this read, whichever comes first (as the router's answer would).
        case refusing(ServiceError)
        /// The refusal is sent; the rest of the request is dropped.
        case dropping
    }

    private let routes: DecisionRoutes
    private let token: [UInt8]?
    private var reading = Reading.idle
    /// The body of the check being collected: a property of its own, so that it grows in place.
    private var body: [UInt8] = []
    /// Requests passed to the router whose answer has not ended yet.
    private var passedUnanswered = 0
    /// Whether answers were written since the last flush.
    private var needsFlush = false
    /// When the last answer written here is on the wire.
    private var lastAnswerWritten: EventLoopFuture<Void>?
    private var date = HTTPDateField()

    /// The route's path before and after the policy name.
    private static let (pathPrefix, pathSuffix): (String, String) = {
        let parts = DecisionRoutes.route.split(separator: ":name", omittingEmptySubsequences: false)
        return (String(parts[0]), String(parts[1]))
    }()

    init(routes: DecisionRoutes, token: [UInt8]?) {
        self.routes = routes
        self.token = token
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch (reading, part) {
        case (.idle, .head(let head)):
            if passedUnanswered == 0, context.channel.isWritable, let (policy, explain) = Self.check(head) {
                start(head, policy: policy, explain: explain)
            } else {
                reading = .passing
                passedUnanswered += 1
                context.fireChannelRead(data)
            }
        case (.passing, _):
            if case .end = part { reading = .idle }
            context.fireChannelRead(data)
        case (.collecting, .body(let buffer)):
            do throws(ServiceError) {
                try RequestBodyReader.append(buffer, to: &body, limit: routes.limits.maxBodyBytes)
            } catch {
                body = []
                reading = .refusing(error)
            }
        case (.collecting(let check), .end):
            reading = .idle
            let message = body
            body = []
            do throws(ServiceError) {
                let answer = try routes.answer(message, policy: check.policy, version: check.version, explain: check.explain)
                write(.ok, DecisionRoutes.answerFields, answer, context: context)
            } catch {
                write(error, context: context)
            }
        case (.refusing(let error), .end):
            reading = .idle
            write(error, context: context)
        case (.refusing, _), (.dropping, .body):
            break
        case (.dropping, .end):
            reading = .idle
        default:
            // The decoder sends a head, bodies and an end, in that order; anything else goes on.
            context.fireChannelRead(data)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if case .refusing(let error) = reading {
            // The request has not arrived whole: it is refused now, as the router would.
            reading = .dropping
            write(error, context: context)
        }
        if needsFlush {
            needsFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), passedUnanswered > 0 { passedUnanswered -= 1 }
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // The client has sent its last byte: the router's side closes the connection when it hears
        // this, so it hears it once the answers written here are out.
        guard let written = lastAnswerWritten, case ChannelEvent.inputClosed = event else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        if needsFlush {
            needsFlush = false
            context.flush()
        }
        written.assumeIsolated().whenComplete { _ in context.fireUserInboundEventTriggered(event) }
    }

    /// The policy name and `explain` parameter of a request this handler answers; `nil` for any other.
    static func check(_ head: HTTPRequest) -> (policy: String, explain: Substring?)? {
        guard head.method == .post, let target = head.path, head.headerFields[.connection] != "close" else { return nil }
        // A target with no query is its path; one with a query is read as the router reads it.
        let (path, explain): (String, Substring?)
        if target.utf8.contains(UInt8(ascii: "?")) {
            let uri = URI(target)
            (path, explain) = (uri.path, uri.queryParameters["explain"])
        } else {
            (path, explain) = (target, nil)
        }
        guard path.hasPrefix(pathPrefix), path.hasSuffix(pathSuffix),
              path.utf8.count > pathPrefix.utf8.count + pathSuffix.utf8.count else { return nil }
        let name = path.utf8.dropFirst(pathPrefix.utf8.count).dropLast(pathSuffix.utf8.count)
        guard name.allSatisfy(isPlainNameByte) else { return nil }
        return (String(Substring(name)), explain)
    }

    /// Letters, digits, `-`, `.`, `_` and `~`: bytes a path carries as they are, with no escape.
    private static func isPlainNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// Checks what can be checked before the body: the token, the policy, `explain`, the declared length.
    private func start(_ head: HTTPRequest, policy: String, explain: Substring?) {
        do throws(ServiceError) {
            try BearerToken.authorize(head.headerFields, token: token)
            let version = try routes.store.version(of: policy).get()
            let explain = try DecisionRoutes.explain(explain)
            body = try RequestBodyReader.start(declaredLength: head.headerFields[.contentLength],
                                               limit: routes.limits.maxBodyBytes)
            reading = .collecting(Check(policy: policy, version: version, explain: explain))
        } catch {
            reading = .refusing(error)
        }
    }

    private func write(_ error: ServiceError, context: ChannelHandlerContext) {
        write(error.status, error.responseFields, error.responseBody, context: context)
    }

    /// Writes one answer, counted as the router counts its answers; the flush comes at the end of the read.
    private func write(_ status: HTTPResponse.Status, _ fields: HTTPFields, _ body: ByteBuffer, context: ChannelHandlerContext) {
        var fields = fields
        fields[.contentLength] = String(body.readableBytes)
        fields[.date] = date.now()
        context.write(wrapOutboundOut(.head(HTTPResponse(status: status, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        let written = context.eventLoop.makePromise(of: Void.self)
        context.write(wrapOutboundOut(.end(nil)), promise: written)
        lastAnswerWritten = written.futureResult
        needsFlush = true
        routes.metrics.countRequest(endpoint: DecisionRoutes.route,
                                    method: ServiceMiddleware<ServiceRequestContext>.methodLabel(.post), status: status.code)
    }
}

/// Hummingbird's HTTP/1 connection with an ``InlineCheckHandler`` after its connection state
/// handler, just before the requests reach the router.
struct InlineCheckChannel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    let makeHandler: @Sendable () -> InlineCheckHandler

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let operations = channel.pipeline.syncOperations
            let state = try operations.handler(type: HTTPConnectionStateHandler.self)
            try operations.addHandler(makeHandler(), position: .after(state))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
