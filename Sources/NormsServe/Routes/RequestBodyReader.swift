import Hummingbird
import NIOCore

/// Reads a whole request body up to a limit.
enum RequestBodyReader {
    /// The body's bytes.
    /// - Throws: ``ServiceError/bodyTooLarge(limit:)`` as soon as the declared length or the bytes
    ///   received pass `limit`; nothing past it is kept.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        let declared = request.headers[.contentLength].flatMap(Int.init)
        if let declared, declared > limit { throw ServiceError.bodyTooLarge(limit: limit) }
        var bytes: [UInt8] = []
        // Room for what the client declares, up to 64 KiB: a declared length alone, with no bytes
        // behind it, must not make every connection hold the largest body.
        bytes.reserveCapacity(min(max(declared ?? 0, 0), 64 << 10))
        for try await buffer in request.body {
            guard bytes.count + buffer.readableBytes <= limit else { throw ServiceError.bodyTooLarge(limit: limit) }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }
}
