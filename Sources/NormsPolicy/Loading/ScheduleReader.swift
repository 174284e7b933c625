import NormsSource
import NormsYAML

/// Reads weekly schedules, focus blocks, dates and holidays.
struct ScheduleReader {
    let reader: NodeReader

    private var log: DiagnosticLog { reader.log }

    // MARK: - Weekly schedule

    /// Reads `{DAYSET: RANGE | [RANGE...]}`. A day named by a second key is an error at that
    /// key, and the key is skipped.
    func schedule(_ field: Field) -> WeeklySchedule? {
        guard let mapping = field.node.mapping else {
            reader.wrongType(field, expected: "a weekly schedule", help: "write a mapping from days to hours, such as {mon-fri: \"09:00-17:00\"}")
            return nil
        }
        var entries: [WeeklySchedule.Entry] = []
        // The key that first named each day, by the day's number.
        var firstKey = [YAMLNode?](repeating: nil, count: Weekday.allCases.count)
        for entry in mapping.entries {
            let keyField = Field(node: entry.key, path: field.path)
            guard let days = reader.parse(keyField, expected: "a day set", DaySet.parse) else { continue }
            let valueField = field.child(entry.keyText ?? "", keySpan: entry.keySpan, value: entry.value)
            let ranges = hourRanges(valueField)
            let repeated = days.value.days.filter { firstKey[$0.rawValue] != nil }
            if let day = repeated.first, let first = firstKey[day.rawValue] {
                let names = repeated.map { "\(quoted: $0)" }.joined(separator: ", ")
                log.error(.duplicateDay, "\(repeated.count == 1 ? "day" : "days") \(names) already named by \(quoted: first.keyText ?? "") in \(field.label)",
                          at: days.span, help: "name each day in one key only; a day with two sets of hours takes a list: fri: [\"09:00-12:00\", \"13:00-15:00\"]",
                          notes: [.init("\(quoted: first.keyText ?? "") is here", at: first.span)])
                continue
            }
            for day in days.value.days { firstKey[day.rawValue] = entry.key }
            if let ranges { entries.append(WeeklySchedule.Entry(days: days, ranges: ranges)) }
        }
        return WeeklySchedule(entries: entries)
    }

    /// Reads one hour range or a list of them.
    private func hourRanges(_ field: Field) -> [Located<HourRange>]? {
        if field.node.mapping != nil || field.node.isNull {
            reader.wrongType(field, expected: "an hour range such as \"09:00-17:00\" or a list of them")
            return nil
        }
        return reader.list(field).compactMap { reader.parse($0, expected: "an hour range", HourRange.parse) }
    }

    // MARK: - Focus

    /// Reads a list of recurring blocks, each `"DAYSET HH:MM-HH:MM"` or `{days, hours}` (one
    /// block may be written alone).
    func focus(_ field: Field) -> [Located<RecurringBlock>]? {
        if field.node.isNull {
            reader.wrongType(field, expected: "a list of recurring blocks")
            return nil
        }
        return reader.list(field).compactMap(recurringBlock)
    }

    private func recurringBlock(_ field: Field) -> Located<RecurringBlock>? {
        guard field.node.mapping != nil else {
            return reader.parse(field, expected: "a recurring block such as \"mon-fri 09:00-11:00\"", RecurringBlock.parse)
        }
        guard let map = reader.map(field, known: ["days", "hours"], required: ["days", "hours"]),
              let daysField = map["days"], let hoursField = map["hours"],
              let days = reader.parse(daysField, expected: "a day set", DaySet.parse),
              let hours = reader.parse(hoursField, expected: "an hour range", HourRange.parse)
        else { return nil }
        return Located(RecurringBlock(days: days.value, hours: hours.value), at: field.span)
    }

    // MARK: - Dates

    /// Reads `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`.
    func dateRange(_ field: Field) -> Located<DateRange>? {
        reader.parse(field, expected: "a date or a date range", DateRange.parse)
    }

    /// Reads one date `YYYY-MM-DD`.
    func date(_ field: Field) -> Located<LocalDate>? {
        reader.parse(field, expected: "a date", LocalDate.parse)
    }

    /// Reads a list of dates or ranges (one may be written alone).
    func dateRanges(_ field: Field) -> [Located<DateRange>]? {
        if field.node.mapping != nil || field.node.isNull {
            reader.wrongType(field, expected: "a list of dates or date ranges")
            return nil
        }
        return reader.list(field).compactMap(dateRange)
    }

    // MARK: - Holidays

    /// Reads `holidays`: dates, ranges, or `{date: D | range: R, name: TEXT}`.
    func holidays(_ field: Field) -> [Holiday]? {
        reader.sequence(field, expected: "a list of holidays")?.compactMap(holiday)
    }

    private func holiday(_ field: Field) -> Holiday? {
        guard field.node.mapping != nil else { return dateRange(field).map { Holiday(dates: $0) } }
        guard let map = reader.map(field, known: ["date", "range", "name"]) else { return nil }
        let name = map["name"].flatMap { reader.text($0) }
        switch (map["date"], map["range"]) {
        case (let date?, nil): return self.date(date).map { Holiday(dates: $0.map(DateRange.init), name: name) }
        case (nil, let range?): return dateRange(range).map { Holiday(dates: $0, name: name) }
        case (_?, let range?):
            log.error(.conflictingKeys, "a holiday takes 'date' or 'range', not both", at: range.keySpan,
                      help: "keep 'date: YYYY-MM-DD' for one day or 'range: FIRST..LAST' for several")
        case (nil, nil):
            log.error(.missingKey, "missing key 'date' in \(field.label)", at: field.span,
                      help: "add 'date: YYYY-MM-DD' or 'range: FIRST..LAST'")
        }
        return nil
    }
}
