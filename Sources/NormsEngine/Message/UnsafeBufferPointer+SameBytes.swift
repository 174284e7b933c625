extension UnsafeBufferPointer<UInt8> {
    /// Whether both buffers hold the same bytes: a plain loop, several times cheaper than
    /// `elementsEqual` on the short keys and names a message is made of.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count where self[index] != other[index] { return false }
        return true
    }
}
