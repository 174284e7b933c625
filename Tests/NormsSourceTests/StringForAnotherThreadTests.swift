import NormsSource
import Testing

@Suite("String for another thread")
struct StringForAnotherThreadTests {
    @Test(arguments: ["/home/ci/repo/logs/2026-11-four-weeks.jsonl", "<stdin>", "", "ünïcödé/päth with spaces.jsonl"])
    func theCopyHasTheSameBytes(_ text: String) {
        #expect(Array(text.forAnotherThread().utf8) == Array(text.utf8))
    }

    @Test func aLongTextIsCopiedIntoStorageOfItsOwn() {
        var original = String(repeating: "logs/", count: 8) + "four-weeks.jsonl"  // made at run time, on the heap
        var copy = original.forAnotherThread()
        let originalBytes = original.withUTF8 { $0.baseAddress }
        let copiedBytes = copy.withUTF8 { $0.baseAddress }
        #expect(originalBytes != copiedBytes)
    }
}
