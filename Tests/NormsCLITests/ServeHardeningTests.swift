#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// `norms serve` keeps its files and its threads to itself: what `/readyz` and error answers
/// show, how the decision log is opened, and reloads that block. The real binary on a loopback
/// port, every wait bounded.
@Suite("norms serve: disclosure, the decision log's file, blocking reloads", .serialized, .timeLimit(.minutes(10)))
struct ServeHardeningTests {
    let auth = ["Authorization": "Bearer tok-123"]

    /// Waits at most `timeout` seconds until `condition` holds.
    static func eventually(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return try condition()
    }

    @Test("with a token, /readyz without it gives only ready: no file path, no diagnostic; with it, the details")
    func readinessDetailsNeedTheToken() throws {
        let folder = try ServeConnectionTests.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ServeCommandTests.write("norms: 1\nname: Broken\ntimezone: UTC\nchannels: {chat: {mode: secret-mode}}\n", to: folder + "/broken.yaml")
        let server = try ServeProcess([folder, "--token-file", folder + "/token"])
        defer { server.stop() }
        let open = try LoopbackConnection.request(port: server.port, "GET", "/readyz")
        #expect(open.status == 503)
        #expect(open.body == "{\"ready\":false}\n")
        let wrong = try LoopbackConnection.request(port: server.port, "GET", "/readyz", headers: ["Authorization": "Bearer nope"])
        #expect(wrong.body == "{\"ready\":false}\n")
        let detailed = try LoopbackConnection.request(port: server.port, "GET", "/readyz", headers: auth)
        #expect(detailed.status == 503)
        #expect(detailed.body.contains("\"failed\":[{\"name\":\"broken\",\"file\":\"\(folder)/broken.yaml\""))
        #expect(detailed.body.contains("secret-mode"))
    }

    @Test("an unknown message key is quoted cut to 80 characters in the error answer")
    func unknownFieldIsCut() throws {
        let folder = try ServeConnectionTests.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder])
        defer { server.stop() }
        let key = String(repeating: "k", count: 10_000) + "\u{202E}"
        let body = #"{"channel":"chat","from":"ana","to":["ben"],"sent_at":"2026-03-02T10:00:00Z",""# + key + #"":1}"#
        let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: body)
        #expect(answer.status == 400)
        let error = try #require((try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])?["error"] as? [String: Any])
        #expect(error["code"] as? String == "message.unknown-key")
        let message = try #require(error["message"] as? String)
        #expect(message.hasPrefix("unknown key '" + String(repeating: "k", count: 80) + "…' in the message"))
        #expect(message.count < 400)
        #expect(!answer.body.contains("\u{202E}"))
    }

    @Test("the decision log is created 0640 and appended to: after a copytruncate the next record starts the file")
    func decisionLogAppends() throws {
        let folder = try ServeConnectionTests.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/decisions.jsonl"
        let server = try ServeProcess([folder, "--decision-log", path])
        defer { server.stop() }
        func lines() -> [Substring] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        }
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o640 & ~Self.umask)
        for round in 1...2 {
            let answer = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: ServeCommandTests.message)
            #expect(answer.status == 200)
            #expect(Self.eventually(timeout: 20) { lines().count == 2 }, "round \(round)")
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(data.first == UInt8(ascii: "{"), "round \(round)")
            #expect(!data.contains(0), "round \(round)")
            // What logrotate's copytruncate does once it has copied the file.
            #expect(truncate(path, 0) == 0)
        }
    }

    /// The process's file-creation mask.
    static var umask: mode_t {
        #if canImport(Darwin)
        let mask = Darwin.umask(0o022)
        _ = Darwin.umask(mask)
        #else
        let mask = Glibc.umask(0o022)
        _ = Glibc.umask(mask)
        #endif
        return mask
    }

    @Test("two reloads stuck on a file that does not finish reading leave the service answering")
    func stuckReloadsDoNotStallAnswers() throws {
        let folder = try ServeConnectionTests.servedFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServeProcess([folder, "--watch", "--watch-interval", "1"])
        defer { server.stop() }
        // A named pipe in place of the policy: reading it waits for a writer. A SIGHUP reload and
        // the watch's reload both wait on it; on a two-core machine those would be every thread
        // that answers requests, were reloads run there.
        let pipe = folder + "/team.yaml"
        try FileManager.default.removeItem(atPath: pipe)
        #expect(mkfifo(pipe, 0o600) == 0)
        server.signal(SIGHUP)
        #expect(server.waitForLog(timeout: 20) { $0.contains { $0.contains("SIGHUP: reloading") } })
        // Time for the watch (every second) to see the pipe and reload too.
        Thread.sleep(forTimeInterval: 3)
        let started = Date()
        let health = try LoopbackConnection.request(port: server.port, "GET", "/healthz")
        #expect(health.status == 200)
        let decided = try LoopbackConnection.request(port: server.port, "POST", "/v1/policies/team/check", text: ServeCommandTests.message)
        #expect(decided.status == 200)
        #expect(Date().timeIntervalSince(started) < 10)
        // Let the reloads finish: the pipe gives the policy, without waiting if nothing reads it.
        let writer = open(pipe, O_WRONLY | O_NONBLOCK)
        if writer >= 0 {
            _ = Array(ServeCommandTests.team.utf8).withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
            close(writer)
        }
    }

    @Test("--decision-log-buffer under 1 MiB is a usage error (64)")
    func decisionLogBufferOption() throws {
        let result = try ServeProcess.exit(["serve", "--port", "0", "policies/", "--decision-log-buffer", "1000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--decision-log-buffer"))
    }
}
