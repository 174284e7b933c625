import NormsEngine
import NormsSource

extension JSONRecordReader {
    /// The record of a well-formed message line, read straight from its bytes without a node tree;
    /// `nil` for anything else — a decision-log line, or a line with any problem — which the caller
    /// reads through ``JSONReader`` and ``record(from:)``, which report every problem with its
    /// position. For a line it reads, the record is the one those two give.
    /// - Parameters:
    ///   - bytes: the line, without its line break.
    ///   - file: the path or label spans name.
    ///   - start: the position of `bytes`' first byte in `file`.
    public func record(in bytes: UnsafeBufferPointer<UInt8>, file: String, start: SourcePosition) -> AuditRecord? {
        var delivery: [String: AuditRecord.Delivery]?
        let read = MessageJSONReader.message(in: bytes, file: file, start: start) { key, reader in
            guard key == "delivery", delivery == nil, let times = Self.delivery(&reader) else { return false }
            delivery = times
            return true
        }
        guard let message = read else { return nil }
        guard let delivery else { return AuditRecord(message: message) }
        // What ``DeliveryReader`` checks against the message: only the message's recipients, no
        // time before `sent_at`.
        let sentAt = message.sentAt.value.instant
        let recipients = Set(message.to.map(\.value))
        for (recipient, times) in delivery {
            guard recipients.contains(recipient),
                  times.notifiedAt.map({ $0 >= sentAt }) ?? true, times.repliedAt.map({ $0 >= sentAt }) ?? true else { return nil }
        }
        return AuditRecord(message: message, delivery: delivery)
    }

    /// A `delivery` object of recipients' `notified_at` and `replied_at`, each a timestamp or
    /// `null`, every key once; `nil` for anything else.
    private static func delivery(_ reader: inout MessageJSONReader) -> [String: AuditRecord.Delivery]? {
        var delivery: [String: AuditRecord.Delivery] = [:]
        let isRead = reader.object { recipient, reader in
            guard delivery[recipient] == nil else { return false }
            var times = AuditRecord.Delivery()
            var (seenNotified, seenReplied) = (false, false)
            guard reader.object({ field, reader in
                switch field {
                case "notified_at" where !seenNotified: seenNotified = true
                case "replied_at" where !seenReplied: seenReplied = true
                default: return false
                }
                guard !reader.null() else { return true }
                guard let stamp = reader.timestampValue() else { return false }
                if field == "notified_at" { times.notifiedAt = stamp.instant } else { times.repliedAt = stamp.instant }
                return true
            }) else { return false }
            delivery[recipient] = times
            return true
        }
        return isRead ? delivery : nil
    }
}
