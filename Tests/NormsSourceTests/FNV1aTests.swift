import NormsSource
import Testing

/// The FNV-1a hash gives the published test values of the 64-bit function.
@Suite struct FNV1aTests {
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func aTextHashesToThePublishedValue(text: String, hash: UInt64) {
        #expect(FNV1a.hash(text) == hash)
        #expect(Array(text.utf8).withUnsafeBytes { FNV1a.hash($0) } == hash)
    }
}
