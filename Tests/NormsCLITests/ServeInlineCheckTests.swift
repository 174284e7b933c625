import Foundation
import Testing

/// `norms serve` answering single checks on connections kept alive, as the bytes arrive: pipelined
/// requests, bodies in pieces, bodies over the limit, wrong tokens and stalled clients, over a real
/// loopback connection. Each answer must be the one the router gives the same request alone
/// (`Connection: close` sends a request to the router).
@Suite("norms serve: single checks on kept-alive connections", .serialized, .timeLimit(.minutes(10)))
struct ServeInlineCheckTests {
    /// ben is not in the team: 422.
    static let unknownRecipient = #"{"channel":"chat","from":"ana","to":["zed"],"sent_at":"2026-03-02T10:00:00Z"}"#
    /// Saturday: ben is off.
    static let weekend = #"{"channel":"chat","from":"ana","to":["ben"],"sent_at":"2026-03-07T10:00:00Z"}"#

    /// A check request, kept alive.
    static func check(_ body: String, path: String = "/v1/policies/team/check", headers: String = "") -> String {
        "POST \(path) HTTP/1.1\r\nHost: x\r\n\(headers)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    static func servedFolder() throws -> String {
        let folder = try ServeCommandTests.temporaryFolder()
        try ServeCommandTests.write(ServeCommandTests.team, to: folder + "/team.yaml")
        try ServeCommandTests.write("tok-123\n", to: folder + "/token")
        return folder
    }

    /// The count of `norms_http_requests_total` for the check route and `status`.
    static func checksCounted(port: Int, status: Int, headers: [String: String] = [:]) throws -> Int {
        let metrics = try LoopbackConnection.request(port: port, "GET", "/metrics", headers: headers)
        let prefix = #"norms_http_requests_total{route="/v1/policies/{name}/check",method="POST",status="\#(status)"} "#
        let line = metrics.body.split(separator: "\n").first { $0.hasPrefix(prefix) }
        return line.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
    }

    @Test("pipelined requests are answered in order, each as the router answers it alone, and counted")
    func pipelined() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder])
        defer { server.stop() }
        let requests: [(path: String, body: String, status: Int)] = [
            ("/v1/policies/team/check", ServeCommandTests.message, 200),
            ("/v1/policies/team/check?explain=true", Self.weekend, 200),
            ("/v1/policies/team/check", Self.unknownRecipient, 422),
            ("/v1/policies/tem/check", ServeCommandTests.message, 404),
            ("/v1/policies/team/check?explain=maybe", ServeCommandTests.message, 400),
            ("/v1/policies/team/check", "{\"channel\": ", 400),
            ("/healthz", "", 200),
            ("/v1/policies/team/check", Self.weekend, 200),
            ("/v1/policies/team/check", ServeCommandTests.message, 200),
        ]
        // The router's answers, one connection each.
        let alone = try requests.map { try LoopbackConnection.request(port: server.port, $0.path == "/healthz" ? "GET" : "POST", $0.path, text: $0.body) }
        #expect(alone.map(\.status) == requests.map(\.status))
        let before = try Self.checksCounted(port: server.port, status: 200)
        #expect(before == 4)

        let connection = try LoopbackConnection(port: server.port)
        let pipeline = requests.map { request in
            request.path == "/healthz" ? "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" : Self.check(request.body, path: request.path)
        }
        // Twice over, all in one send.
        connection.send((pipeline + pipeline).joined())
        let answers = try connection.receive(answers: 2 * requests.count, timeout: 30)
        try #require(answers.count == 2 * requests.count)
        for (index, answer) in answers.enumerated() {
            let expected = alone[index % requests.count]
            #expect(answer.status == expected.status, "answer \(index)")
            #expect(answer.body == expected.body, "answer \(index)")
            #expect(answer.headers["content-type"] == "application/json", "answer \(index)")
            #expect(answer.headers["connection"] == nil, "answer \(index)")
            #expect(answer.headers["date"]?.hasSuffix(" GMT") == true, "answer \(index)")
        }
        #expect(try Self.checksCounted(port: server.port, status: 200) == before + 8)
        #expect(try Self.checksCounted(port: server.port, status: 422) == 3)
        #expect(try Self.checksCounted(port: server.port, status: 404) == 3)
        #expect(try Self.checksCounted(port: server.port, status: 400) == 6)
    }

    @Test("a body that arrives in pieces, counted or chunked, gets the answer of the body whole")
    func bodyInPieces() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder])
        defer { server.stop() }
        let expected = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.weekend)
        #expect(expected.status == 200)
        #expect(expected.body.contains("\"policy\": \"Team\""))

        let connection = try LoopbackConnection(port: server.port)
        let request = Self.check(Self.weekend)
        let cut = request.utf8.count - 20
        connection.send(String(request.prefix(cut)))
        Thread.sleep(forTimeInterval: 0.3)
        connection.send(String(request.dropFirst(cut)))
        let counted = try connection.receive(answers: 1, timeout: 30)
        #expect(counted.first?.status == 200)
        #expect(counted.first?.body == expected.body)

        let body = Array(Self.weekend.utf8)
        let halves = [body[..<30], body[30...]]
        connection.send("POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        for half in halves {
            Thread.sleep(forTimeInterval: 0.2)
            connection.send(Array(String(half.count, radix: 16).utf8) + Array("\r\n".utf8) + Array(half) + Array("\r\n".utf8))
        }
        connection.send("0\r\n\r\n")
        let chunked = try connection.receive(answers: 1, timeout: 30)
        #expect(chunked.first?.status == 200)
        #expect(chunked.first?.body == expected.body)

        // 60,000 bytes of white space before the message, 100 bytes a send.
        let long = String(repeating: " ", count: 60_000) + Self.weekend
        let longHead = "POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\nContent-Length: \(long.utf8.count)\r\n\r\n"
        connection.send(longHead)
        connection.trickle(Array(long.utf8), piece: 100, interval: 0.0005)
        let many = try connection.receive(answers: 1, timeout: 30)
        #expect(many.first?.status == 200)
        #expect(many.first?.body == expected.body)
    }

    @Test("a body over --max-body is a 413: the connection closes when the body is still coming, stays open when it came whole")
    func bodyOverLimit() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--max-body", "100"])
        defer { server.stop() }
        let body = String(repeating: " ", count: 60) + ServeCommandTests.message
        #expect(body.utf8.count > 100)

        // Whole: answered, and the connection serves the next request.
        let connection = try LoopbackConnection(port: server.port)
        connection.send(Self.check(body) + Self.check(ServeCommandTests.message))
        let answers = try connection.receive(answers: 2, timeout: 30)
        #expect(answers.map(\.status) == [413, 200])
        #expect(answers.first?.body.contains("\"code\":\"serve.body-too-large\"") == true)

        // Chunked, with no declared length, and more to come: answered at once and closed.
        let open = try LoopbackConnection(port: server.port)
        let chunk = String(repeating: " ", count: 60)
        open.send("POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3c\r\n\(chunk)\r\n3c\r\n\(chunk)\r\n")
        let started = Date()
        let (bytes, closed) = open.receiveUntilClosed(timeout: 8)
        #expect(closed)
        #expect(Date().timeIntervalSince(started) < 5)
        let refused = try HTTPAnswer(bytes)
        #expect(refused.status == 413)
        #expect(refused.headers["connection"] == "close")
        #expect(try LoopbackConnection.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test("a wrong token is a 401 and the connection goes on; the right token then gets the decision")
    func token() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--token-file", folder + "/token"])
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port)
        connection.send(Self.check(ServeCommandTests.message)
                        + Self.check(ServeCommandTests.message, headers: "Authorization: Bearer tok-12\r\n")
                        + Self.check(ServeCommandTests.message, headers: "Authorization: Bearer tok-123\r\n"))
        let answers = try connection.receive(answers: 3, timeout: 30)
        #expect(answers.map(\.status) == [401, 401, 200])
        #expect(answers.first?.headers["www-authenticate"] == "Bearer")
        #expect(answers.first?.body == #"{"error":{"code":"serve.unauthorized","message":"this route needs the header 'Authorization: Bearer TOKEN' with the service's token"}}"# + "\n")
        #expect(answers.first?.headers["connection"] == nil)
        #expect(answers.last?.body.contains("\"policy\": \"Team\"") == true)
        let authorization = ["Authorization": "Bearer tok-123"]
        #expect(try Self.checksCounted(port: server.port, status: 401, headers: authorization) == 2)
    }

    @Test("a client that stalls in its body is closed after --read-timeout, unanswered; the server answers on")
    func stalledBody() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--read-timeout", "2"])
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port)
        // A whole check first: the connection is kept alive, and then stalls.
        let request = Self.check(ServeCommandTests.message)
        connection.send(request + String(request.prefix(request.utf8.count - 10)))
        #expect(try connection.receive(answers: 1, timeout: 30).first?.status == 200)
        let started = Date()
        let (bytes, closed) = connection.receiveUntilClosed(timeout: 10)
        #expect(closed)
        #expect(bytes.isEmpty)
        #expect(Date().timeIntervalSince(started) > 1)
        #expect(try LoopbackConnection.request(port: server.port, "GET", "/healthz").status == 200)
    }

    @Test("a client that sends many checks and then ends its input gets every answer before the connection closes")
    func endOfInputAfterPipeline() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder])
        defer { server.stop() }
        // 500 answers of about 600 bytes: more than the socket takes at once.
        let count = 500
        let connection = try LoopbackConnection(port: server.port, receiveBuffer: 4096)
        connection.send(String(repeating: Self.check(ServeCommandTests.message), count: count))
        connection.finishSending()
        Thread.sleep(forTimeInterval: 1)
        let answers = try connection.receive(answers: count, timeout: 60)
        #expect(answers.count == count)
        #expect(answers.allSatisfy { $0.status == 200 })
        let (rest, closed) = connection.receiveUntilClosed(timeout: 10)
        #expect(closed)
        #expect(rest.isEmpty)
    }

    @Test("SIGTERM with a kept-alive check half sent: it is answered and logged, the connection closes, the server exits 0")
    func shutdownDuringCheck() throws {
        let folder = try Self.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--decision-log", folder + "/decisions.jsonl"])
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port)
        connection.send(Self.check(ServeCommandTests.message) + Self.check(Self.weekend))
        #expect(try connection.receive(answers: 2, timeout: 30).map(\.status) == [200, 200])
        let request = Self.check(ServeCommandTests.message)
        let cut = request.utf8.count - 20
        connection.send(String(request.prefix(cut)))
        usleep(300_000)
        server.signal(SIGTERM)
        usleep(300_000)
        connection.send(String(request.dropFirst(cut)))
        let last = try connection.receive(answers: 1, timeout: 30)
        #expect(last.first?.status == 200)
        #expect(connection.receiveUntilClosed(timeout: 10).closed)
        #expect(server.waitForExit(timeout: 30) == 0)
        let log = try String(contentsOfFile: folder + "/decisions.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(log.count == 3)
        #expect(log.allSatisfy { $0.contains(#""policy":{"name":"team","hash":"sha256:"#) })
        #expect(log[1].contains(#","message":\#(Self.weekend),"#))
    }
}
