import Foundation
import Testing

/// `norms serve` against clients that send slowly, read slowly or open too many connections: the
/// real binary on a loopback port, every wait bounded.
@Suite("norms serve: slow clients and the connection limit", .serialized, .timeLimit(.minutes(10)))
struct ServeConnectionTests {
    /// A served folder holding ServeCommandTests.team and the token `tok-123`.
    static func servedFolder() throws -> String {
        let folder = try ServeCommandTests.temporaryFolder()
        try ServeCommandTests.write(ServeCommandTests.team, to: folder + "/team.yaml")
        try ServeCommandTests.write("tok-123\n", to: folder + "/token")
        return folder
    }

    @Test("an answer sent before the body arrived (401, 404, 413) closes the connection at once, however the body trickles",
          arguments: [
              ("/nope/check/batch", "", 401),
              ("/v1/policies/team/check/batch", "Authorization: Bearer wrong\r\n", 401),
              ("/v1/policies/nope/check/batch", "Authorization: Bearer tok-123\r\n", 404),
              ("/v1/policies/team/check", "Authorization: Bearer tok-123\r\nContent-Type: application/json\r\n", 413),
          ])
    func earlyAnswerCloses(path: String, headers: String, status: Int) throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--read-timeout", "4", "--token-file", folder + "/token"])
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port)
        connection.send("POST \(path) HTTP/1.1\r\nHost: x\r\n\(headers)Content-Length: 5000000\r\n\r\n{")
        // One byte every 0.3 s for 9 s: each moved a streamed body's deadline forward.
        let started = Date()
        connection.trickle(Array(String(repeating: " ", count: 30).utf8), interval: 0.3)
        let (bytes, closed) = connection.receiveUntilClosed(timeout: 7)
        #expect(closed)
        // Well before the 4 s the whole request may take.
        #expect(Date().timeIntervalSince(started) < 3)
        let answer = try HTTPAnswer(bytes)
        #expect(answer.status == status)
        #expect(answer.headers["connection"] == "close")
        #expect(server.process.isRunning)
    }

    @Test("an accepted batch body may arrive for longer than --read-timeout as long as it never pauses that long")
    func acceptedBatchStreams() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--read-timeout", "2", "--token-file", folder + "/token"])
        defer { server.stop() }
        let body = Array((ServeCommandTests.message + "\n" + ServeCommandTests.message + "\n").utf8)
        let connection = try LoopbackConnection(port: server.port)
        connection.send("POST /v1/policies/team/check/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok-123\r\n"
                        + "Connection: close\r\nContent-Length: \(body.count)\r\n\r\n")
        // 10 bytes every 0.25 s: about 4 s in all, twice the read timeout.
        let started = Date()
        connection.trickle(body, piece: 10, interval: 0.25)
        let (bytes, closed) = connection.receiveUntilClosed(timeout: 30)
        #expect(closed)
        #expect(Date().timeIntervalSince(started) > 3)
        let answer = try HTTPAnswer(bytes)
        #expect(answer.status == 200)
        let lines = answer.body.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"policy\":\"Team\"") })
    }

    @Test("a client that does not read its answer is closed after --read-timeout; the server answers on")
    func unreadAnswerCloses() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--read-timeout", "2"])
        defer { server.stop() }
        // 200,000 empty lines: one error line of about 100 bytes each, some 20 MB of answer.
        let lines = 200_000
        let body = [UInt8](repeating: 0x0A, count: lines)
        let connection = try LoopbackConnection(port: server.port, receiveBuffer: 4096)
        connection.send("POST /v1/policies/team/check/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \(body.count)\r\n\r\n")
        connection.trickle(body, piece: 65_536, interval: 0)
        // Read nothing for three times the timeout, then whatever is left.
        Thread.sleep(forTimeInterval: 6)
        let (bytes, closed) = connection.receiveUntilClosed(timeout: 60)
        #expect(closed)
        let answered = bytes.split(separator: 0x0A).count
        #expect(answered < lines / 2, "\(answered) lines answered")
        let health = try LoopbackConnection.request(port: server.port, "GET", "/healthz")
        #expect(health.status == 200)
    }

    @Test("past --max-connections a new connection is closed at once and counted; a freed place serves again")
    func connectionLimit() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--max-connections", "3", "--read-timeout", "30"])
        defer { server.stop() }
        let health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
        var held: [LoopbackConnection] = []
        for _ in 0..<3 {
            let connection = try LoopbackConnection(port: server.port)
            connection.send(health)
            // Answered, and kept open.
            let (bytes, closed) = connection.receiveUntilClosed(timeout: 1.5)
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 200"))
            #expect(!closed)
            held.append(connection)
        }
        let refused = try LoopbackConnection(port: server.port)
        refused.send(health)
        let (refusedBytes, refusedClosed) = refused.receiveUntilClosed(timeout: 10)
        #expect(refusedClosed)
        #expect(refusedBytes.isEmpty)

        held.removeLast()
        // The server frees a place once it has seen the connection close: ask until it answers.
        func answer(_ path: String) -> HTTPAnswer? {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let answer = try? LoopbackConnection.request(port: server.port, "GET", path), answer.status == 200 { return answer }
                usleep(100_000)
            }
            return nil
        }
        #expect(answer("/healthz") != nil)
        let metrics = try #require(answer("/metrics"))
        // The connections refused while asking count too: at least the one above.
        let refusedCount = metrics.body.split(separator: "\n").first { $0.hasPrefix("norms_connections_refused_total ") }
            .flatMap { Int($0.split(separator: " ")[1]) }
        #expect((refusedCount ?? 0) >= 1)
        #expect(held.count == 2)
    }

    @Test("--read-timeout and --watch-interval past a day, or --max-connections 0, are usage errors (64)",
          arguments: [["--read-timeout", "99999999999"], ["--read-timeout", "86401"], ["--watch-interval", "99999999999"],
                      ["--max-connections", "0"]])
    func outOfRangeOptions(options: [String]) throws {
        let result = try ServeProcess.exit(["serve", "--port", "0", "policies/"] + options)
        #expect(result.status == 64)
        #expect(result.stderr.contains(options[0]))
    }
}
