import Hummingbird
import NIOCore

/// A request's context: Hummingbird's, and the connection the request came on, so that a route
/// that has accepted a request can tell the connection its body streams
/// (``RequestReadDeadline/StreamingBody``).
package struct ServiceRequestContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    package let channel: any Channel

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
