import Hummingbird
import NIOCore

/// Reads a whole request body up to a limit.
enum RequestBodyReader {
    /// The body's bytes.
    /// - Throws: ``ServiceError/bodyTooLarge(limit:)`` as soon as the declared length or the bytes
    ///   received pass `limit`; nothing past it is kept.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        var bytes = try start(declaredLength: request.headers[.contentLength], limit: limit)
        for try await buffer in request.body {
            try append(buffer, to: &bytes, limit: limit)
        }
        return bytes
    }

    /// Room for a body of the declared length (the `Content-Length` field, when there is one).
    /// - Throws: ``ServiceError/bodyTooLarge(limit:)`` when the declared length passes `limit`.
    static func start(declaredLength: String?, limit: Int) throws(ServiceError) -> [UInt8] {
        let declared = declaredLength.flatMap(Int.init)
        if let declared, declared > limit { throw ServiceError.bodyTooLarge(limit: limit) }
        var bytes: [UInt8] = []
        // Room for what the client declares, up to 64 KiB: a declared length alone, with no bytes
        // behind it, must not make every connection hold the largest body.
        bytes.reserveCapacity(min(max(declared ?? 0, 0), 64 << 10))
        return bytes
    }

    /// Adds a piece of the body.
    /// - Throws: ``ServiceError/bodyTooLarge(limit:)`` when the bytes received would pass `limit`;
    ///   the piece is not kept then.
    static func append(_ buffer: ByteBuffer, to bytes: inout [UInt8], limit: Int) throws(ServiceError) {
        guard bytes.count + buffer.readableBytes <= limit else { throw ServiceError.bodyTooLarge(limit: limit) }
        bytes.append(contentsOf: buffer.readableBytesView)
    }
}
