import Foundation
@testable import NormsCalendar
import NormsSource
import Testing

@Suite("The icalendar-tests corpus")
struct CorpusTests {
    typealias Support = CalendarTestSupport

    static let files: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: Support.corpus.path)!
        return (enumerator.allObjects as! [String]).filter { $0.hasSuffix(".ics") }.sorted()
    }()

    @Test("the corpus holds the 163 files")
    func count() {
        #expect(Self.files.count == 163)
    }

    @Test("every file loads, or gives diagnostics that each have a line and column inside the file", arguments: files)
    func loads(_ name: String) throws {
        let path = Support.corpus.appendingPathComponent(name).path
        let source = try SourceFile.read(path: path)
        let expansion = CalendarReader(window: Support.wideWindow, zone: "Europe/Berlin").read(source)
        for diagnostic in expansion.diagnostics {
            let span = try #require(diagnostic.span, "\(diagnostic)")
            #expect(span.file == source.path)
            #expect(span.start.line >= 1 && span.start.line <= source.lineCount, "\(diagnostic)")
            #expect(span.start.column >= 1)
        }
        for instance in expansion.instances {
            #expect(instance.firstDate <= instance.lastDate, "\(name): \(instance)")
        }
    }

    @Test("a daily series of 100 with three EXDATEs in UTC and floating start gives 97 hand-computed instances")
    func dailyWithExdates() throws {
        let source = try SourceFile.read(path: Support.corpus.appendingPathComponent("events/event_with_recurrence.ics").path)
        let window = CalendarWindow(start: Support.seconds("1996-01-01T00:00:00Z"), end: Support.seconds("1997-01-01T00:00:00Z"))
        let expansion = CalendarReader(window: window, zone: "UTC").read(source)
        #expect(expansion.diagnostics.isEmpty)
        let starts = Support.starts(expansion)
        #expect(starts.count == 97)
        #expect(starts.prefix(2) == ["1996-04-01T01:00:00Z", "1996-04-05T01:00:00Z"])
        #expect(starts.last == "1996-07-09T01:00:00Z")
    }
}
