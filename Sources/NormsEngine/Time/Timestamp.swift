import NormsPolicy

/// An RFC 3339 timestamp: an instant together with the UTC offset it was written in.
public struct Timestamp: Sendable, Hashable, CustomStringConvertible {
    public var instant: Instant
    /// Seconds east of UTC.
    public var offset: Int

    public init(instant: Instant, offset: Int) {
        self.instant = instant
        self.offset = offset
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`; a space may stand for the `T`.
    /// Returns `nil` for anything else, including a timestamp without an offset.
    public static func parse(_ text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Parses UTF-8 text as ``parse(_:)`` does.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard bytes.count >= 17 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), bytes[4] == UInt8(ascii: "-"), let month = number(5..<7),
              bytes[7] == UInt8(ascii: "-"), let day = number(8..<10),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
              let hour = number(11..<13), bytes[13] == UInt8(ascii: ":"), let minute = number(14..<16),
              let date = LocalDate(year: year, month: month, day: day), hour < 24, minute < 60
        else { return nil }
        var cursor = 16
        var second = 0
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") {
            guard let value = number(cursor + 1..<cursor + 3), value < 61 else { return nil }
            second = min(value, 59)
            cursor += 3
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
                cursor += 1
                let digitsStart = cursor
                while cursor < bytes.count, bytes[cursor] >= 48 && bytes[cursor] <= 57 { cursor += 1 }
                guard cursor > digitsStart else { return nil }
            }
        }
        guard cursor < bytes.count else { return nil }
        let offset: Int
        switch bytes[cursor] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard cursor + 1 == bytes.count else { return nil }
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard cursor + 6 == bytes.count, let hours = number(cursor + 1..<cursor + 3),
                  bytes[cursor + 3] == UInt8(ascii: ":"), let minutes = number(cursor + 4..<cursor + 6),
                  hours < 24, minutes < 60
            else { return nil }
            offset = (bytes[cursor] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        default:
            return nil
        }
        let local = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Timestamp(instant: local - offset, offset: offset)
    }

    /// The wall-clock date and seconds since midnight in the timestamp's own offset.
    public var local: (date: LocalDate, secondOfDay: Int) {
        let wall = instant + offset
        let days = wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400
        return (LocalDate(daysSinceEpoch: days), wall - days * 86_400)
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` (`+00:00` for UTC).
    public var description: String {
        let (date, secondsOfDay) = local
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(date)T\(Self.two(secondsOfDay / 3600)):\(Self.two(secondsOfDay / 60 % 60)):\(Self.two(secondsOfDay % 60))"
            + "\(sign)\(Self.two(magnitude / 3600)):\(Self.two(magnitude / 60 % 60))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
