import Foundation
import Testing

/// `norms serve` end to end: the real binary on a free loopback port, checked against `norms check`.
@Suite("norms serve, end to end", .serialized, .timeLimit(.minutes(10)))
struct ServeCommandTests {
    static let team = """
        norms: 1
        name: Team
        timezone: UTC
        working_hours:
          mon-fri: "09:00-17:00"
        channels:
          chat: {mode: async, reply_within: 4 business hours}
        teams:
          core: {members: [ana, ben]}
        people:
          ana: {team: core}
          ben: {team: core}
        """
    /// Monday 2026-03-02 10:00 UTC, inside working hours.
    static let message = #"{"channel":"chat","from":"ana","to":["ben"],"sent_at":"2026-03-02T10:00:00Z"}"#

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "norms-serve-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: folder + "/.norms.yaml"))
        return folder
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("held-out messages get exactly the decisions norms check gives, one by one and in a batch")
    func sameDecisionsAsCheck() throws {
        let server = try ServeProcess(["policies/"])
        defer { server.stop() }
        let messages = try FileManager.default.contentsOfDirectory(atPath: NormsProcess.packageRoot.path + "/examples/messages")
            .filter { $0.hasSuffix(".json") }.sorted().map { "examples/messages/" + $0 }
        let lines = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("examples/messages/batch.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(messages.count >= 2 && lines.count >= 5)
        var decided = 0
        for policy in ["oncall", "remote-async", "support"] {
            var bodies = try messages.map { try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent($0), encoding: .utf8) }
            bodies += lines
            for body in bodies {
                let file = try MessageFile(body)
                defer { file.remove() }
                let cli = try NormsProcess.run(["check", "--policy", "policies/\(policy).yaml", "--format", "json", file.path])
                let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/\(policy)/check", text: body)
                if cli.status == 2 {
                    #expect([400, 422].contains(answer.status), "\(policy): \(body)")
                } else {
                    decided += 1
                    #expect(answer.status == 200, "\(policy): \(body)")
                    #expect(answer.body == cli.stdout, "\(policy): \(body)")
                }
            }
            let batch = try NormsProcess.run(["check", "--policy", "policies/\(policy).yaml", "--batch", "examples/messages/batch.jsonl"])
            let answer = try LoopbackConnection.request(
                port: server.port, "POST", "/v1/policies/\(policy)/check/batch",
                body: Array(try Data(contentsOf: NormsProcess.packageRoot.appendingPathComponent("examples/messages/batch.jsonl"))))
            #expect(answer.status == 200)
            #expect(answer.body == batch.stdout, "\(policy) batch")
        }
        #expect(decided >= 7)
    }

    @Test("SIGHUP: an edit serves the new decision; a broken edit keeps the old one and shows in /readyz")
    func reloadOnSIGHUP() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write(Self.team, to: folder + "/team.yaml")
        let server = try ServeProcess([folder])
        defer { server.stop() }
        func replyWithin() throws -> String? {
            let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.message)
            let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
            return ((object?["recipients"] as? [[String: Any]])?.first?["reply_within"]) as? String
        }
        #expect(try replyWithin() == "4 business hours")

        try Self.write(Self.team.replacingOccurrences(of: "4 business hours", with: "1 business hour"), to: folder + "/team.yaml")
        server.signal(SIGHUP)
        #expect(server.waitForLog(timeout: 30) { $0.filter { $0.contains("loaded policy team") }.count == 2 })
        #expect(try replyWithin() == "1 business hour")

        try Self.write(Self.team.replacingOccurrences(of: "channels:", with: "channels: ["), to: folder + "/team.yaml")
        server.signal(SIGHUP)
        #expect(server.waitForLog(timeout: 30) { $0.contains { $0.contains("policy team did not load") } })
        #expect(try replyWithin() == "1 business hour")
        let ready = try LoopbackConnection.request(port: server.port, "GET", "/readyz")
        #expect(ready.status == 200)
        #expect(ready.body.contains("\"failed\":[{\"name\":\"team\""))
    }

    @Test("--watch reloads a changed file without a signal")
    func watch() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write(Self.team, to: folder + "/team.yaml")
        let server = try ServeProcess([folder, "--watch", "--watch-interval", "1"])
        defer { server.stop() }
        // A later modification time, whatever the file system's resolution.
        sleep(1)
        try Self.write(Self.team.replacingOccurrences(of: "4 business hours", with: "2 business hours"), to: folder + "/team.yaml")
        #expect(server.waitForLog(timeout: 30) { $0.filter { $0.contains("loaded policy team") }.count == 2 })
        let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.message)
        #expect(answer.body.contains("\"reply_within\": \"2 business hours\""))
    }

    @Test("--watch reloads a policy whose calendar file changed")
    func watchCalendar() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func calendar(_ event: String) -> String {
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\(event)END:VCALENDAR\r\n"
        }
        // An all-day event is `away` by default: on the message's day only after the edit.
        func allDay(_ date: String) -> String {
            "BEGIN:VEVENT\r\nUID:\(date)@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:\(date)\r\nSUMMARY:Off\r\nEND:VEVENT\r\n"
        }
        try Self.write(calendar(allDay("20260310")), to: folder + "/ben.ics")
        try Self.write(Self.team.replacingOccurrences(of: "ben: {team: core}", with: "ben: {team: core, calendar: ben.ics}"),
                       to: folder + "/team.yaml")
        let server = try ServeProcess([folder, "--watch", "--watch-interval", "1"])
        defer { server.stop() }
        func state() throws -> String? {
            let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.message)
            return answer.body.split(separator: "\n").first { $0.contains("\"state\": ") }.map(String.init)
        }
        #expect(try state() == #"      "state": "available","#)
        // A later modification time, whatever the file system's resolution.
        sleep(1)
        try Self.write(calendar(allDay("20260302")), to: folder + "/ben.ics")
        #expect(server.waitForLog(timeout: 30) { $0.filter { $0.contains("loaded policy team") }.count == 2 })
        #expect(try state() == #"      "state": "away","#)
    }

    @Test("SIGTERM: the request in flight is answered, then the process exits 0")
    func gracefulShutdown() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write(Self.team, to: folder + "/team.yaml")
        let server = try ServeProcess([folder, "--decision-log", folder + "/decisions.jsonl"])
        defer { server.stop() }
        let body = Array(Self.message.utf8)
        let connection = try LoopbackConnection(port: server.port)
        connection.send("POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \(body.count)\r\n\r\n")
        connection.send(Array(body[0..<20]))
        usleep(300_000)
        server.signal(SIGTERM)
        usleep(300_000)
        connection.send(Array(body[20...]))
        let answer = try HTTPAnswer(connection.receiveAll())
        #expect(answer.status == 200)
        #expect(answer.body.contains("\"policy\": \"Team\""))
        #expect(server.waitForExit(timeout: 30) == 0)
        // The decision answered during the shutdown is in the log.
        let log = try String(contentsOfFile: folder + "/decisions.jsonl", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
        #expect(log.hasPrefix("{\"version\":1,\"id\":\""))
    }

    @Test("hostile clients: a stalled request is closed after --read-timeout, a huge body is a 413, a wrong token a 401; the server answers on")
    func hostileClients() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write(Self.team, to: folder + "/team.yaml")
        try Self.write("tok-123\n", to: folder + "/token")
        let server = try ServeProcess([folder, "--read-timeout", "1", "--token-file", folder + "/token"])
        defer { server.stop() }
        let auth = ["Authorization": "Bearer tok-123"]

        // Half a head, then nothing: closed by the server, not left open.
        let stalledHead = try LoopbackConnection(port: server.port, timeout: 20)
        stalledHead.send("POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\n")
        let started = Date()
        _ = stalledHead.receiveAll()
        #expect(Date().timeIntervalSince(started) < 15)
        // A whole head, then half a body.
        let stalledBody = try LoopbackConnection(port: server.port, timeout: 20)
        stalledBody.send("POST /v1/policies/team/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok-123\r\nContent-Length: 500\r\n\r\n{")
        let bodyStarted = Date()
        _ = stalledBody.receiveAll()
        #expect(Date().timeIntervalSince(bodyStarted) < 15)

        let huge = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check",
                                                  body: [UInt8](repeating: 0x20, count: 3 << 20), headers: auth)
        #expect(huge.status == 413)
        let garbage = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check",
                                                     body: [0xFF, 0x00, 0x7B, 0x0A], headers: auth)
        #expect(garbage.status == 400)
        let unauthorized = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.message,
                                                          headers: ["Authorization": "Bearer tok-124"])
        #expect(unauthorized.status == 401)
        let health = try LoopbackConnection.request(port: server.port, "GET", "/healthz")
        #expect(health.status == 200)
        let decided = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: Self.message, headers: auth)
        #expect(decided.status == 200)
        #expect(server.process.isRunning)
    }

    @Test("a missing policy path or a folder without policies stops with exit status 2")
    func startupErrors() throws {
        let missing = try NormsProcess.run(["serve", "--port", "0", "no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no file or folder at 'no/such/folder'"))
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let empty = try NormsProcess.run(["serve", "--port", "0", folder])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no policy file in"))
    }
}

/// A message body written to a temporary `.json` file for `norms check`.
struct MessageFile {
    let path: String

    init(_ text: String) throws {
        path = NSTemporaryDirectory() + "norms-serve-message-" + UUID().uuidString + ".json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
