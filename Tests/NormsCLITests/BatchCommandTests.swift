import Foundation
import NormsTestSupport
import Testing

/// `norms check --batch`: exactly one output line per input line, in order, whatever the bytes.
@Suite("norms check --batch")
struct BatchCommandTests {
    let policy = NormsProcess.fixture("acme.yaml")

    /// Wed 25 Nov 2026 10:00 in Los Angeles: bob is in his 09:00-11:00 focus block.
    static let chat = #"{"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}"#
    /// The same chat tagged as an outage: urgent, so it breaks through focus with a 15-minute window.
    static let outage = #"{"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00", "tags": ["outage"]}"#
    /// A phone call at normal level: the phone's minimum level is urgent, so it is not allowed.
    static let call = #"{"channel": "phone", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}"#

    private func batch(_ input: [UInt8], _ extra: [String] = []) throws -> NormsProcess.Result {
        try NormsProcess.run(["check", "--policy", policy, "--batch", "-"] + extra, bytes: input)
    }

    private func batch(_ input: String, _ extra: [String] = []) throws -> NormsProcess.Result {
        try batch(Array(input.utf8), extra)
    }

    private func lines(_ result: NormsProcess.Result) -> [String] {
        result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    // MARK: - One output line per input line

    @Test("empty and whitespace-only lines each give an error line, and the lines after them are still checked")
    func emptyLines() throws {
        let result = try batch(Self.chat + "\n\n \t \n" + Self.chat + "\n")
        let lines = lines(result)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"line":1,"policy":"Acme Engineering","#))
        #expect(lines[1] == #"{"line":2,"error":"line 2 holds no message — write one JSON message on every line, or remove the empty line","code":"message.empty","column":1,"version":1}"#)
        #expect(lines[2].hasPrefix(#"{"line":3,"error":"line 3 holds no message"#))
        #expect(lines[3].hasPrefix(#"{"line":4,"policy":"#))
        #expect(result.status == 2)
        #expect(result.stderr == "4 messages, 0 not allowed, 2 errors, 0 needing an immediate reply\n")
    }

    @Test("a NUL byte, at the start of a line or after a complete message, is an encoding error at its column")
    func nulBytes() throws {
        let atStart = [0x00] + Array(Self.chat.utf8)
        let source = MarkedSource(Self.chat + "↓")
        let afterMessage = Array(source.text.utf8) + [0x00] + Array(" garbage".utf8)
        let result = try batch(atStart + [0x0A] + afterMessage + [0x0A] + Array(Self.chat.utf8))
        let lines = lines(result)
        #expect(lines.count == 3)
        #expect(lines[0] == #"{"line":1,"error":"the text holds a NUL byte (0x00) — send UTF-8 text; write a control character inside a string as an escape such as \\u0007","code":"json.encoding","column":1,"version":1}"#)
        #expect(lines[1].hasPrefix(#"{"line":2,"error":"the text holds a NUL byte (0x00)"#))
        #expect(lines[1].hasSuffix(#""code":"json.encoding","column":\#(source.marker.column),"version":1}"#))
        #expect(lines[2].hasPrefix(#"{"line":3,"policy":"#))
        #expect(result.status == 2)
    }

    @Test("invalid UTF-8 is rejected at its column, as the same bytes in a message file are")
    func invalidUTF8() throws {
        let source = MarkedSource(#"{"channel": "chat", "from": "↓"#)
        let bytes = Array(source.text.utf8) + [0xFF] + Array(#"", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}"#.utf8)
        let result = try batch(bytes)
        #expect(result.stdout == #"{"line":1,"error":"invalid UTF-8 byte 0xFF — send UTF-8 text; write a control character inside a string as an escape such as \\u0007","code":"json.encoding","column":\#(source.marker.column),"version":1}"# + "\n")
        #expect(result.status == 2)
        let file = try NormsProcess.run(["check", "--policy", policy, "-"], bytes: bytes)
        #expect(file.status == 2)
        #expect(file.stderr.contains("invalid UTF-8 byte 0xFF"))
    }

    @Test("a line over 1 MiB is an error at the first byte past the limit, in bounded memory; the next line is checked")
    func overLongLine() throws {
        let long = #"{"channel": "chat", "subject": ""# + String(repeating: "x", count: 1 << 20) + #""}"#
        let result = try batch(Self.chat + "\n" + long + "\n" + Self.chat)
        let lines = lines(result)
        #expect(lines.count == 3)
        #expect(lines[1] == #"{"line":2,"error":"line 2 is longer than the limit of 1 MiB (1048576 bytes) — shorten the message's text or split it; each line holds one JSON message","code":"io.line-too-long","column":1048577,"version":1}"#)
        #expect(lines[2].hasPrefix(#"{"line":3,"policy":"#))
        #expect(result.status == 2)
    }

    @Test("CRLF line endings and a last line without a line break are lines like any other")
    func lineEndings() throws {
        let result = try batch(Self.chat + "\r\n" + Self.call + "\r\n" + Self.chat)
        let lines = lines(result)
        #expect(lines.count == 3)
        #expect(lines.map { $0.prefix(10) } == [#"{"line":1,"#, #"{"line":2,"#, #"{"line":3,"#])
        #expect(!result.stdout.contains(#""error":"#))
        #expect(result.status == 1)
    }

    @Test("an empty input gives no line, a zero summary and exit 0")
    func emptyInput() throws {
        let result = try batch("")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "0 messages, 0 not allowed, 0 errors, 0 needing an immediate reply\n")
        #expect(result.status == 0)
    }

    // MARK: - Ids, errors, order

    @Test("a message's id is echoed on its decision and on its error; a number is not an id")
    func ids() throws {
        let withID = #"{"id": "m-1", "# + Self.chat.dropFirst()
        let badChannel = #"{"id": "m-2", "channel": "fax", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}"#
        let numberID = #"{"id": 3, "# + Self.chat.dropFirst()
        let result = try batch([withID, badChannel, numberID].joined(separator: "\n"))
        let lines = lines(result)
        #expect(lines[0].hasPrefix(#"{"line":1,"id":"m-1","policy":"Acme Engineering","#))
        #expect(lines[1].hasPrefix(#"{"line":2,"id":"m-2","error":"unknown channel 'fax'"#))
        #expect(lines[1].contains(#""code":"message.unknown-channel""#))
        #expect(lines[2].hasPrefix(#"{"line":3,"error":"expected a string for 'id', found the integer 3"#))
    }

    @Test("a syntax error names what JSON expected, with its column")
    func syntaxError() throws {
        let source = MarkedSource(#"{↓channel: "chat"}"#)
        let result = try batch(source.text)
        #expect(result.stdout.hasPrefix(#"{"line":1,"error":"invalid JSON: expected a key in double quotes, found 'c' — "#))
        #expect(result.stdout.hasSuffix(#""code":"json.syntax","column":\#(source.marker.column),"version":1}"# + "\n"))
    }

    @Test("with --jobs 2, thousands of lines come out in input order, as with --jobs 1", .timeLimit(.minutes(5)))
    func orderWithTwoJobs() throws {
        // Every seventh line is an error, so decisions and errors interleave across chunks.
        let input = (1...3000).map { number in
            number % 7 == 0 ? #"{"id": "m\#(number)", "channel": "fax"}"# : #"{"id": "m\#(number)", "# + Self.chat.dropFirst()
        }.joined(separator: "\n")
        let parallel = try batch(input, ["--jobs", "2"])
        let serial = try batch(input, ["--jobs", "1"])
        let lines = lines(parallel)
        #expect(lines.count == 3000)
        for (index, line) in lines.enumerated() {
            #expect(line.hasPrefix(#"{"line":\#(index + 1),"id":"m\#(index + 1)","#))
        }
        #expect(parallel.stdout == serial.stdout)
        #expect(parallel.stderr == "3000 messages, 0 not allowed, 428 errors, 0 needing an immediate reply\n")
        #expect(parallel.status == 2)
    }

    @Test("the summary line counts messages, not allowed, errors and immediate replies; exit 1 when only some are not allowed")
    func summary() throws {
        let result = try batch([Self.outage, Self.chat, Self.call, Self.outage].joined(separator: "\n"))
        #expect(result.stderr == "4 messages, 1 not allowed, 0 errors, 3 needing an immediate reply\n")
        #expect(result.status == 1)
        let one = try batch(Self.chat)
        #expect(one.stderr == "1 message, 0 not allowed, 0 errors, 0 needing an immediate reply\n")
        #expect(one.status == 0)
    }

    // MARK: - Text

    @Test("--format text prints one readable line per message")
    func textFormat() throws {
        let result = try batch([#"{"id": "m-1", "# + Self.outage.dropFirst(), Self.chat, Self.call, "{}"].joined(separator: "\n"),
                               ["--format", "text"])
        // The outage is urgent: it breaks through bob's focus, notifies now, and wants a reply
        // within the 15-minute window, by 10:15. The plain chat waits: no notification, 4 business
        // hours from 10:00 is 14:00. The call is below the phone's minimum level; the phone wants
        // an immediate reply, but a normal call does not break through focus: bob is notified when
        // his focus block ends at 11:00, and the 15-minute window runs from then, to 11:15.
        #expect(lines(result) == [
            "line 1 (m-1): allowed, immediate reply needed — bob: notify now, reply by 10:15",
            "line 2: allowed — bob: no notification, reply by 14:00",
            "line 3: not allowed (channel.phone.min_level), immediate reply needed — bob: notify at 11:00, reply by 11:15",
            "line 4, column 1: error: missing key 'channel' in the message — add 'channel: …'; missing key 'from' in the message — "
                + "add 'from: …'; missing key 'to' in the message — add 'to: [ID, ...]' to the message; missing key 'sent_at' in the "
                + "message — add 'sent_at: 2026-11-25T18:30:00+01:00' (with an offset or Z) [message.missing-field]",
        ])
        #expect(result.status == 2)
    }

    @Test("--format text escapes control characters from the input: no raw ESC, CR or LF reaches the terminal")
    func textEscapesControlCharacters() throws {
        let hostile = #"{"id": "x\u001b[2J\r\nline 9: allowed", "# + Self.chat.dropFirst()
        let result = try batch(hostile + "\n" + #"{"id": "y", "channel": "f\u001b]0;pwned\u0007ax", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}"#,
                               ["--format", "text"])
        let lines = lines(result)
        #expect(lines.count == 2)
        #expect(lines[0] == #"line 1 (x\e[2J\r\nline 9: allowed): allowed — bob: no notification, reply by 14:00"#)
        #expect(lines[1].hasPrefix(#"line 2, column "#))
        #expect(lines[1].contains(#"unknown channel 'f\e]0;pwned\u{7}ax'"#))
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // MARK: - Bounded standard input, usage

    @Test("a message on standard input stops at 16 MiB instead of reading /dev/zero forever", .timeLimit(.minutes(5)))
    func boundedStandardInput() throws {
        let result = try NormsProcess.run(["check", "--policy", policy, "-"], stdinPath: "/dev/zero")
        #expect(result.status == 2)
        #expect(result.stderr.contains("the input is longer than the limit of 16 MiB (16777216 bytes)"))
        #expect(result.stdout.isEmpty)
    }

    @Test("usage errors exit 64: --jobs 0, --jobs without --batch, --explain with --batch --format text")
    func usage() throws {
        #expect(try batch(Self.chat, ["--jobs", "0"]).status == 64)
        #expect(try NormsProcess.run(["check", "--policy", policy, "--jobs", "2", "-"], input: Self.chat).status == 64)
        #expect(try batch(Self.chat, ["--explain", "--format", "text"]).status == 64)
        let explained = try batch(Self.chat, ["--explain"])
        #expect(explained.status == 0)
        #expect(explained.stdout.contains(#""trace":["#))
    }

    @Test("a batch file that is missing or a folder exits 2 with one sentence")
    func unreadableBatchFile() throws {
        let missing = try NormsProcess.run(["check", "--policy", policy, "--batch", "nowhere.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.jsonl"))
        let folder = try NormsProcess.run(["check", "--policy", policy, "--batch", "examples"])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("is a folder"))
    }
}
