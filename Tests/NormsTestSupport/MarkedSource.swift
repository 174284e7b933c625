import NormsSource

/// Test text with `↓` markers where diagnostics must point, so tests never count columns.
///
/// Every marker is removed from the text; ``markers`` holds, in order, the position at which each
/// one stood: the position of the character that followed it in the stripped text (1-based line,
/// 1-based column in Unicode scalars, 0-based UTF-8 offset, as ``SourcePosition`` documents).
///
/// ```swift
/// let source = MarkedSource("channels:\n  email: {↓mode: asnyc}")
/// source.text      // "channels:\n  email: {mode: asnyc}"
/// source.marker    // line 2, column 11, offset 20
/// ```
public struct MarkedSource: Sendable {
    /// The marker character.
    public static let markerCharacter: Unicode.Scalar = "↓"

    /// The text without its markers.
    public let text: String
    /// Where each marker stood, in text order.
    public let markers: [SourcePosition]

    /// Strips the markers from `marked` and records their positions.
    public init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        var offset = 0
        for scalar in marked.unicodeScalars {
            if scalar == Self.markerCharacter {
                markers.append(SourcePosition(line: line, column: column, offset: offset))
                continue
            }
            text.append(scalar)
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.markers = markers
    }

    /// The only marker; stops the test when there is not exactly one.
    public var marker: SourcePosition {
        precondition(markers.count == 1, "expected exactly one ↓ marker, found \(markers.count)")
        return markers[0]
    }

    /// The stripped text as a source file named `path`.
    public func sourceFile(path: String = "policy.yaml") -> SourceFile {
        SourceFile(path: path, text: text)
    }
}
