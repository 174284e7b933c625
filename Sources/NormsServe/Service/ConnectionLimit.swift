import NIOConcurrencyHelpers
import NIOCore

/// The most connections the service holds open at once (`--max-connections`): a connection past
/// the limit is closed as soon as it opens, without an answer, and counted
/// (`norms_connections_refused_total`), so that clients cannot take every file descriptor the
/// process has.
final class ConnectionLimit: Sendable {
    let maximum: Int
    private let metrics: ServiceMetrics
    private let open = NIOLockedValueBox(0)

    init(maximum: Int, metrics: ServiceMetrics) {
        self.maximum = maximum
        self.metrics = metrics
    }

    /// A handler for one new connection's pipeline.
    func handler() -> Handler { Handler(limit: self) }

    /// Takes a place for a new connection; `false` when every place is taken.
    private func take() -> Bool {
        open.withLockedValue { open in
            guard open < maximum else { return false }
            open += 1
            return true
        }
    }

    private func release() {
        open.withLockedValue { $0 -= 1 }
    }

    /// Takes a place when its connection opens and gives it back when it closes; closes the
    /// connection when there is no place.
    final class Handler: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = NIOAny

        private let limit: ConnectionLimit
        private var admitted: Bool?

        init(limit: ConnectionLimit) {
            self.limit = limit
        }

        func handlerAdded(context: ChannelHandlerContext) {
            if context.channel.isActive { admit(context) }
        }

        func channelActive(context: ChannelHandlerContext) {
            admit(context)
            context.fireChannelActive()
        }

        func channelInactive(context: ChannelHandlerContext) {
            leave()
            context.fireChannelInactive()
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            leave()
        }

        private func admit(_ context: ChannelHandlerContext) {
            guard admitted == nil else { return }
            admitted = limit.take()
            if admitted == false {
                limit.metrics.countRefusedConnection()
                context.close(promise: nil)
            }
        }

        private func leave() {
            if admitted == true { limit.release() }
            admitted = false
        }
    }
}
