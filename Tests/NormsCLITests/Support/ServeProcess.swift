#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `norms serve` running as a process on a port the system chose, for end-to-end tests. Every wait
/// is bounded; the process is killed when the test is done with it, whatever happened.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private(set) var port = 0
    private let errorLines = LineCollector()

    /// Starts `norms serve --port 0 ARGUMENTS` and waits (at most `timeout` seconds) until it says
    /// which port it listens on.
    init(_ arguments: [String], timeout: TimeInterval = 120) throws {
        process.executableURL = NormsProcess.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = NormsProcess.packageRoot
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        errorLines.collect(stderr.fileHandleForReading)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while port == 0 {
            if let line = errorLines.lines.first(where: { $0.contains("listening on http://") }),
               let text = line.split(separator: ":").last, let found = Int(text.trimmingCharacters(in: .whitespaces)) {
                port = found
            } else if !process.isRunning || Date() > deadline {
                stop()
                throw Failure("norms serve did not start listening: " + errorLines.lines.joined(separator: "\n"))
            } else {
                usleep(20_000)
            }
        }
    }

    deinit { stop() }

    /// Runs `norms ARGUMENTS` to its end, which must come within `timeout` seconds (else it is
    /// killed): its exit status and standard error. For command lines that must not start serving.
    static func exit(_ arguments: [String], timeout: TimeInterval = 60) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = NormsProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = NormsProcess.packageRoot
        let errors = LineCollector()
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        errors.collect(stderr.fileHandleForReading)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        usleep(100_000)
        return (process.terminationStatus, errors.lines.joined(separator: "\n"))
    }

    /// What the server logged so far.
    var log: [String] { errorLines.lines }

    /// Sends a signal to the server.
    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits at most `timeout` seconds for the process to exit; its status, or `nil` when it did not.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Kills the process if it still runs.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Waits at most `timeout` seconds until `condition` holds for the log.
    func waitForLog(timeout: TimeInterval, _ condition: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(log) {
            if Date() > deadline { return false }
            usleep(20_000)
        }
        return true
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Collects a pipe's lines on a thread of its own.
    private final class LineCollector: @unchecked Sendable {
        private let lock = NSLock()
        private var collected: [String] = []

        var lines: [String] { lock.withLock { collected } }

        func collect(_ handle: FileHandle) {
            Thread { [self] in
                var pending = Data()
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    pending.append(data)
                    while let end = pending.firstIndex(of: 0x0A) {
                        let line = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                        lock.withLock { collected.append(line) }
                        pending.removeSubrange(pending.startIndex...end)
                    }
                }
            }.start()
        }
    }
}

/// An HTTP/1.1 exchange over a loopback TCP connection, byte for byte, with every read bounded by
/// a timeout: enough HTTP for tests that also need to send half a request and stall. Sending on a
/// connection the server closed fails rather than raising `SIGPIPE`.
final class LoopbackConnection: @unchecked Sendable {
    private let socket: Int32

    /// Connects to `127.0.0.1:port`; reads wait at most `timeout` seconds.
    /// - Parameter receiveBuffer: the socket's receive buffer in bytes, when it must be small.
    init(port: Int, timeout: Int = 30, receiveBuffer: Int32? = nil) throws {
        #if canImport(Darwin)
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #else
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard socket >= 0 else { throw ServeProcess.Failure("socket() failed") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        if var size = receiveBuffer {
            setsockopt(socket, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        #if canImport(Darwin)
        var noSignal: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw ServeProcess.Failure("cannot connect to port \(port)")
        }
    }

    deinit { close(socket) }

    /// Sends bytes; `false` when the connection is closed.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Self.sendFlags(socket, $0) }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    private static func sendFlags(_ socket: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Darwin)
        Darwin.send(socket, bytes.baseAddress, bytes.count, 0)
        #else
        Glibc.send(socket, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #endif
    }

    /// Sends `bytes` on a thread of its own, `piece` bytes every `interval` seconds, until all are
    /// sent or the server closes the connection.
    func trickle(_ bytes: [UInt8], piece: Int = 1, interval: TimeInterval) {
        Thread { [self] in
            var start = 0
            while start < bytes.count, send(Array(bytes[start..<min(start + piece, bytes.count)])) {
                start += piece
                Thread.sleep(forTimeInterval: interval)
            }
        }.start()
    }

    /// What the server sends until it closes the connection or `timeout` seconds pass, and
    /// whether it closed the connection.
    func receiveUntilClosed(timeout: TimeInterval) -> (bytes: [UInt8], closed: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count > 0 {
                received += buffer[0..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                return (received, true)
            }
        }
        return (received, false)
    }

    /// Closes the sending side: the server reads the end of the input after the bytes sent.
    func finishSending() {
        shutdown(socket, Int32(SHUT_WR))
    }

    /// The next `count` answers, read within `timeout` seconds; fewer when the server closes the
    /// connection or the time is up.
    func receive(answers count: Int, timeout: TimeInterval) throws -> [HTTPAnswer] {
        let deadline = Date().addingTimeInterval(timeout)
        var received: [UInt8] = []
        var answers: [HTTPAnswer] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while answers.count < count, Date() < deadline {
            while answers.count < count, let (answer, length) = try HTTPAnswer.first(in: received) {
                answers.append(answer)
                received.removeFirst(length)
            }
            guard answers.count < count else { break }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count > 0 {
                received += buffer[0..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                break
            }
        }
        return answers
    }

    /// Everything the server sends until it closes the connection (or the read timeout passes).
    func receiveAll() -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return received
    }

    /// Sends one request with `Connection: close` and reads the whole response.
    static func request(
        port: Int, _ method: String, _ path: String, body: [UInt8] = [], headers: [String: String] = [:]
    ) throws -> HTTPAnswer {
        let connection = try LoopbackConnection(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        connection.send(Array((head + "\r\n").utf8) + body)
        return try HTTPAnswer(connection.receiveAll())
    }

    static func request(port: Int, _ method: String, _ path: String, text: String, headers: [String: String] = [:]) throws -> HTTPAnswer {
        try request(port: port, method, path, body: Array(text.utf8), headers: headers)
    }
}

/// A parsed HTTP/1.1 response: status, headers (names in lowercase), and the body with any chunked
/// transfer encoding undone.
struct HTTPAnswer {
    var status: Int
    var headers: [String: String]
    var body: String

    init(_ bytes: [UInt8]) throws {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw ServeProcess.Failure("no HTTP response: \(String(decoding: bytes, as: UTF8.self))")
        }
        let lines = String(decoding: bytes[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        var body = Array(bytes[(split + 4)...])
        if headers["transfer-encoding"] == "chunked" { body = Self.unchunk(body) }
        self.body = String(decoding: body, as: UTF8.self)
    }

    /// The first answer of `bytes` that carries a `Content-Length`, and the bytes it takes; `nil`
    /// while it has not arrived whole.
    static func first(in bytes: [UInt8]) throws -> (answer: HTTPAnswer, length: Int)? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let head = try HTTPAnswer(Array(bytes[..<(split + 4)]))
        guard let length = head.headers["content-length"].flatMap(Int.init) else {
            throw ServeProcess.Failure("an answer without Content-Length: \(String(decoding: bytes[..<split], as: UTF8.self))")
        }
        guard bytes.count >= split + 4 + length else { return nil }
        return (try HTTPAnswer(Array(bytes[..<(split + 4 + length)])), split + 4 + length)
    }

    private static func unchunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = (index..<bytes.count - 1).first(where: { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A }),
                  let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16), size > 0
            else { break }
            let start = lineEnd + 2
            output += bytes[start..<min(start + size, bytes.count)]
            index = start + size + 2
        }
        return output
    }
}
