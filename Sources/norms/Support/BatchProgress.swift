#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A line on standard error saying how many lines a long batch has checked, redrawn in place.
///
/// It appears only when standard error is a terminal, and only once the run has lasted a second,
/// so short runs, pipes, files and CI logs never see it. ``clear()`` erases it before the summary.
struct BatchProgress {
    private let isEnabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    /// What the count is of, as in `1200 lines checked…`.
    private let label: String

    init(label: String = "lines checked") {
        self.label = label
        isEnabled = isatty(2) != 0
        start = clock.now
    }

    /// Redraws the line if the run has lasted a second and the last redraw is a quarter second old.
    mutating func update(lines: Int) {
        guard isEnabled else { return }
        let now = clock.now
        guard now - start >= .seconds(1), lastDrawn.map({ now - $0 >= .milliseconds(250) }) ?? true else { return }
        lastDrawn = now
        Self.writeError("\r\u{1B}[K\(lines) \(label)…")
    }

    /// Erases the line, if it was drawn.
    func clear() {
        if lastDrawn != nil { Self.writeError("\r\u{1B}[K") }
    }

    /// Writes raw bytes: the carriage return and the erase sequence are the point here.
    private static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }
}
