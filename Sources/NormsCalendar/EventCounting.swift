import Foundation

/// How a person's or team's calendar events count: which mean `away`, which mean `focus`.
package struct EventCounting: Sendable, Hashable {
    /// Patterns of one state: a category or a summary matches when it equals a pattern, ignoring
    /// case and surrounding spaces; `*` in a pattern stands for any text.
    package struct Patterns: Sendable, Hashable {
        package var categories: [String] { didSet { categoryGlobs = categories.map(Glob.init) } }
        package var summaries: [String] { didSet { summaryGlobs = summaries.map(Glob.init) } }
        /// The patterns ready to match, made once rather than for each instance.
        private(set) var categoryGlobs: [Glob]
        private(set) var summaryGlobs: [Glob]

        package init(categories: [String] = [], summaries: [String] = []) {
            self.categories = categories
            self.summaries = summaries
            categoryGlobs = categories.map(Glob.init)
            summaryGlobs = summaries.map(Glob.init)
        }
    }

    /// `X-MICROSOFT-CDO-BUSYSTATUS:OOF` means away.
    package var outOfOfficeIsAway: Bool
    /// An all-day event that blocks time means away.
    package var allDayIsAway: Bool
    package var away: Patterns
    package var focus: Patterns
    /// The owner's addresses: an event they declined does not count.
    package var ownerAddresses: [String]

    package init(outOfOfficeIsAway: Bool = true, allDayIsAway: Bool = true, away: Patterns = Patterns(),
                 focus: Patterns = EventCounting.defaultFocus, ownerAddresses: [String] = []) {
        self.outOfOfficeIsAway = outOfOfficeIsAway
        self.allDayIsAway = allDayIsAway
        self.away = away
        self.focus = focus
        self.ownerAddresses = ownerAddresses.map { $0.lowercased() }
    }

    /// Focus blocks by default: a summary or a category that is "Focus time" or "Focus".
    package static let defaultFocus = Patterns(categories: ["Focus time", "Focus"], summaries: ["Focus time", "Focus"])

    /// How an instance counts, and why.
    package enum Meaning: Sendable, Hashable {
        case away(reason: String)
        case focus(reason: String)
        /// It blocks no state: an ordinary meeting.
        case none
        /// Cancelled, transparent or declined.
        case ignored(reason: String)

        /// `away`, `focus`, `none` or `ignored`.
        package var name: String {
            switch self {
            case .away: "away"
            case .focus: "focus"
            case .none: "none"
            case .ignored: "ignored"
            }
        }

        package var reason: String? {
            switch self {
            case .away(let reason), .focus(let reason), .ignored(let reason): reason
            case .none: nil
            }
        }
    }

    /// Cancelled, transparent and declined events count as nothing; then, in order: an
    /// out-of-office status, an away pattern, a focus pattern, an all-day event.
    package func meaning(of instance: CalendarInstance) -> Meaning {
        if instance.isCancelled { return .ignored(reason: "cancelled") }
        if let declined = instance.declinedBy.first(where: ownerAddresses.contains) {
            return .ignored(reason: "declined by \(declined)")
        }
        if outOfOfficeIsAway, instance.busyStatus == "OOF" { return .away(reason: "X-MICROSOFT-CDO-BUSYSTATUS:OOF") }
        if instance.isTransparent { return .ignored(reason: "transparent") }
        if let reason = Self.match(away, instance) { return .away(reason: reason) }
        if let reason = Self.match(focus, instance) { return .focus(reason: reason) }
        if allDayIsAway, instance.isAllDay { return .away(reason: "an all-day event") }
        return .none
    }

    /// Which pattern an instance matches, as a reason ("category 'Focus'"), or `nil`.
    static func match(_ patterns: Patterns, _ instance: CalendarInstance) -> String? {
        for (pattern, glob) in zip(patterns.categories, patterns.categoryGlobs) {
            if instance.categories.contains(where: glob.matches) { return "category '\(pattern)'" }
        }
        for (pattern, glob) in zip(patterns.summaries, patterns.summaryGlobs) where glob.matches(instance.summary) {
            return "summary '\(pattern)'"
        }
        return nil
    }

    /// Whether some instance matches the summary or category pattern.
    package static func anyMatches(pattern: String, asCategory: Bool, in instances: [CalendarInstance]) -> Bool {
        let glob = Glob(pattern)
        return instances.contains { instance in
            asCategory ? instance.categories.contains(where: glob.matches) : glob.matches(instance.summary)
        }
    }
}

/// Case-insensitive matching of a text against a pattern where `*` stands for any text, in time
/// linear in the two lengths: the pieces between the stars are found left to right, each at its
/// first place after the one before (Knuth–Morris–Pratt), the first piece at the start and the
/// last at the end. A text is matched by its first ``maxTextLength`` characters, so a long summary
/// repeated by a recurring event costs no more than a short one.
struct Glob: Sendable, Hashable {
    /// The characters of a summary or category that patterns see.
    static let maxTextLength = 1_000

    /// The pattern's pieces between stars (one piece when it has none).
    private let pieces: [[Character]]
    private let pieceLength: Int

    init(_ pattern: String) {
        pieces = Self.normalized(pattern[...]).split(separator: "*", omittingEmptySubsequences: false).map(Array.init)
        pieceLength = pieces.reduce(0) { $0 + $1.count }
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        Glob(pattern).matches(text)
    }

    func matches(_ text: String) -> Bool {
        let text = Self.normalized(text.drop { $0.isGlobSpace }.prefix(Self.maxTextLength))
        guard pieces.count > 1 else { return text == pieces[0] }
        guard pieceLength <= text.count, text.starts(with: pieces[0]), text.reversed().starts(with: pieces[pieces.count - 1].reversed()) else {
            return false
        }
        var position = pieces[0].count
        let end = text.count - pieces[pieces.count - 1].count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = Self.firstIndex(of: piece, in: text, from: position, before: end) else { return false }
            position = found + piece.count
        }
        return true
    }

    /// Lower-cased, without surrounding spaces.
    private static func normalized(_ text: Substring) -> [Character] {
        Array(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Where `piece` first occurs in `text[from..<end]`.
    private static func firstIndex(of piece: [Character], in text: [Character], from start: Int, before end: Int) -> Int? {
        // The length of the longest proper prefix of piece[...i] that is also its suffix.
        var border = [0]
        var length = 0
        for index in piece.indices.dropFirst() {
            while length > 0, piece[index] != piece[length] { length = border[length - 1] }
            if piece[index] == piece[length] { length += 1 }
            border.append(length)
        }
        var matched = 0
        var index = start
        while index < end {
            while matched > 0, text[index] != piece[matched] { matched = border[matched - 1] }
            if text[index] == piece[matched] { matched += 1 }
            index += 1
            if matched == piece.count { return index - matched }
        }
        return nil
    }
}

private extension Character {
    /// Whether the character is one `CharacterSet.whitespaces` trims.
    var isGlobSpace: Bool { unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) }
}
