/// The 64-bit FNV-1a hash: an exclusive or and a multiply a byte, several times cheaper for short
/// names than `Hasher`'s SipHash. For tables inside one run and for short digests, not against
/// chosen collisions: callers bound what they hash.
package enum FNV1a {
    /// The hash of `bytes`.
    @inlinable package static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The hash of a text's UTF-8 bytes.
    @inlinable package static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }
}
