import Crypto

/// Content hashes as the service reports them, and a comparison of secrets that takes the same time
/// wherever the inputs differ.
package enum ContentHash {
    /// `sha256:` and the lowercase hex SHA-256 digest of `bytes`.
    package static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hash of a policy version read from several files: of the one file's bytes alone when
    /// there is one (so that `sha256sum` gives the same digest), and otherwise of every file in
    /// the order the load read them, each as its length in 8 big-endian bytes and then its bytes,
    /// so that a changed base or calendar changes the hash and no two lists of files share one.
    package static func sha256(files: [[UInt8]]) -> String {
        if files.count == 1 { return sha256(files[0]) }
        var hasher = SHA256()
        for bytes in files {
            withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        "sha256:" + digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `given` equals `expected`, compared through their SHA-256 digests so that neither the
    /// length of the secret nor the position of the first differing byte changes the time taken.
    package static func constantTimeEquals(_ given: some Sequence<UInt8>, _ expected: some Sequence<UInt8>) -> Bool {
        let left = Array(SHA256.hash(data: Array(given)))
        let right = Array(SHA256.hash(data: Array(expected)))
        var difference: UInt8 = 0
        for index in 0..<left.count { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
