import Crypto

/// Content hashes as the service reports them, and a comparison of secrets that takes the same time
/// wherever the inputs differ.
package enum ContentHash {
    /// `sha256:` and the lowercase hex SHA-256 digest of `bytes`.
    package static func sha256(_ bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: bytes).map { byte in
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
