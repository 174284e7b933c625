import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request does not arrive in time, so that slow clients cannot hold the
/// service's connections, and closes a connection whose answer was sent before its request body
/// arrived (a 401, a 404, a 413), rather than reading the rest of that body.
///
/// A request's head and body must arrive whole within the timeout of its head. Only a request that
/// a route has accepted (authorized, routed, its policy found) may stream its body: the route then
/// sends ``StreamingBody`` down the channel, and from then on each piece of the body moves the
/// deadline forward, so the body may be of any length but must never pause that long. Waiting for
/// a request's head is bounded by the server's idle timeout, set to the same value.
final class RequestReadDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The event a route triggers (`Channel.triggerUserOutboundEvent`) once it has accepted a
    /// request whose body it reads as a stream.
    struct StreamingBody: Sendable {}

    private let timeout: TimeAmount
    /// When the request being read must have arrived; `nil` while none is being read.
    private var deadline: NIODeadline?
    /// The one task that checks ``deadline``. A request only moves the deadline: the task is
    /// scheduled again when it runs and finds the deadline moved, so requests on a kept-alive
    /// connection schedule no task of their own.
    private var check: Scheduled<Void>?
    /// Whether the current request is a streamed batch, whose deadline moves with each piece of body.
    private var isStreaming = false
    /// Requests received whole, and answers written whole, on this connection.
    private var requestsEnded = 0
    private var answersEnded = 0

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    /// Whether the request being answered has not yet arrived whole.
    private var isAnsweringEarly: Bool { requestsEnded <= answersEnded }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            isStreaming = false
            arm(context)
        case .body:
            if isStreaming { arm(context) }
        case .end:
            requestsEnded += 1
            disarm()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head) where isAnsweringEarly && !isStreaming && head.status.code >= 200:
            // The client may go on sending its body; it is told the connection ends here.
            head.headerFields[.connection] = "close"
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .end where isAnsweringEarly:
            answersEnded += 1
            let channel = context.channel
            let written = context.eventLoop.makePromise(of: Void.self)
            written.futureResult.whenComplete { _ in channel.close(promise: nil) }
            written.futureResult.cascade(to: promise)
            context.write(data, promise: written)
        case .end:
            answersEnded += 1
            context.write(data, promise: promise)
        default:
            context.write(data, promise: promise)
        }
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard event is StreamingBody else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        if isAnsweringEarly {
            isStreaming = true
            arm(context)
        }
        promise?.succeed()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop()
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    /// Gives the request `timeout` from now.
    private func arm(_ context: ChannelHandlerContext) {
        let due = NIODeadline.now() + timeout
        deadline = due
        if check == nil { scheduleCheck(at: due, on: context.eventLoop, closing: context.channel) }
    }

    private func scheduleCheck(at due: NIODeadline, on eventLoop: any EventLoop, closing channel: any Channel) {
        check = eventLoop.assumeIsolated().scheduleTask(deadline: due) { [self] in
            check = nil
            guard let deadline else { return }
            if deadline <= .now() {
                channel.close(promise: nil)
            } else {
                scheduleCheck(at: deadline, on: eventLoop, closing: channel)
            }
        }
    }

    /// The request arrived whole: no deadline until the next one.
    private func disarm() {
        deadline = nil
    }

    /// The connection is done: no task may run for it any more.
    private func stop() {
        deadline = nil
        check?.cancel()
        check = nil
    }
}
