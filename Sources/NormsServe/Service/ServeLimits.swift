/// The bounds that keep hostile or broken clients from hurting the service.
package struct ServeLimits: Sendable {
    /// The largest body of a single check (`--max-body`, default 1 MiB); more is 413.
    package var maxBodyBytes: Int = 1 << 20
    /// The longest line of a batch body, as for `norms check --batch`: 1 MiB.
    package var maxLineBytes: Int = 1 << 20
    /// How long a request may take to arrive whole (a batch body: how long it may pause), how long
    /// a connection may sit idle, and how long a client may leave its answer unread, before the
    /// connection is closed (`--read-timeout`, default 10 s, at most ``maxReadTimeoutSeconds``).
    package var readTimeout: Duration = .seconds(10)
    /// The most connections open at once (`--max-connections`, default 512); one more is closed
    /// as soon as it opens.
    package var maxConnections: Int = 512

    /// The longest `--read-timeout`: a day.
    package static let maxReadTimeoutSeconds = 86_400

    package init(maxBodyBytes: Int = 1 << 20, readTimeout: Duration = .seconds(10), maxConnections: Int = 512) {
        self.maxBodyBytes = maxBodyBytes
        self.readTimeout = readTimeout
        self.maxConnections = maxConnections
    }
}
