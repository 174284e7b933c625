import Foundation
import Hummingbird
@testable import NormsServe
import NormsReporting
import Testing

@Suite("norms serve: batch answers in pieces")
struct BatchAnswerPieceTests {
    @Test("a chunk's answer comes in pieces of about 64 KiB: 65,536 empty lines give 100-byte error lines, never all at once")
    func answerInPieces() throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let version = try fixture.server.store.version(of: "acme").get()
        let checker = BatchLineChecker(evaluator: version.evaluator, explain: false, format: .json,
                                       label: DecisionRoutes.bodyLabel, maxLineBytes: 1 << 20)
        let answerer = BatchAnswerer(checker: checker, metrics: fixture.server.metrics, decisionLog: nil, policy: "acme", hash: version.hash)
        var splitter = BodyLineSplitter(maxLineBytes: 1 << 20)
        let chunk = splitter.append(ByteBuffer(repeating: 0x0A, count: 65_536))
        #expect(chunk.lines.count == 65_536)
        var pieces: [[UInt8]] = []
        var next = 0
        while next < chunk.lines.count {
            let piece = answerer.answer(chunk, from: next)
            pieces.append(piece.bytes)
            next = piece.next
        }
        // Each piece stops at the first line that reaches 64 KiB: one error line more at most.
        #expect(pieces.count > 50)
        #expect(pieces.allSatisfy { $0.count < BatchAnswerer.pieceBytes + 1024 })
        let lines = pieces.joined().split(separator: 0x0A)
        #expect(lines.count == 65_536)
        #expect(String(decoding: lines[0], as: UTF8.self).hasPrefix("{\"line\":1,\"error\":"))
        #expect(String(decoding: lines[65_535], as: UTF8.self).hasPrefix("{\"line\":65536,\"error\":"))
    }
}
