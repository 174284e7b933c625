/// The bounds that keep hostile or broken clients from hurting the service.
package struct ServeLimits: Sendable {
    /// The largest body of a single check (`--max-body`, default 1 MiB); more is 413.
    package var maxBodyBytes: Int = 1 << 20
    /// The longest line of a batch body, as for `norms check --batch`: 1 MiB.
    package var maxLineBytes: Int = 1 << 20
    /// How long a request may take to arrive whole (a batch body: how long it may pause), and how
    /// long a connection may sit idle, before it is closed (`--read-timeout`, default 10 s).
    package var readTimeout: Duration = .seconds(10)

    package init(maxBodyBytes: Int = 1 << 20, readTimeout: Duration = .seconds(10)) {
        self.maxBodyBytes = maxBodyBytes
        self.readTimeout = readTimeout
    }
}
