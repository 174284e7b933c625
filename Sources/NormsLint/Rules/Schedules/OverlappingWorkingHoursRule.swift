import NormsPolicy
import NormsSource

/// Two working periods of one schedule that overlap.
public struct OverlappingWorkingHoursRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "overlapping-working-hours",
        name: "Overlapping Working Hours",
        category: .schedules,
        defaultSeverity: .error,
        summary: "The working periods of one schedule must not overlap, an overnight period included: it runs into the next day.",
        rationale: """
            Business time counts working periods; when two overlap, the same hour is either counted twice \
            or silently merged, and a deadline of `4 business hours` comes sooner or later than anyone \
            reading the schedule expects. Overlaps usually come from a typo (`13:00-15:00` after \
            `09:00-14:00`) or from an overnight shift (`22:00-06:00`) forgotten when the next morning's \
            hours were added.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours:
                  mon-thu: "09:00-17:00"
                  fri: ["09:00-14:00", ↓"13:00-15:00"]
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                teams:
                  night-desk:
                    working_hours:
                      mon-fri: "22:00-06:00"
                      sat: ↓"05:00-09:00"
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                working_hours:
                  mon-thu: "09:00-17:00"
                  fri: ["09:00-12:00", "13:00-15:00"]
                channels:
                  email: {mode: async}
                teams:
                  night-desk:
                    working_hours:
                      mon-fri: "22:00-06:00"
                      sat: "06:00-09:00"
                """),
        ]
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard let policy = context.policy else { return [] }
        var schedules: [(owner: String, schedule: WeeklySchedule)] = [("the policy's working hours", policy.workingHours)]
        schedules += Recipient.all(in: policy).compactMap { owner in owner.workingHours.map { ("the working hours of \(owner.label)", $0) } }
        return schedules.flatMap { check($0.schedule, owner: $0.owner) }
    }

    /// One period as written, placed on one day of the week.
    private struct Period {
        let range: Located<HourRange>
        let day: Weekday
        /// The written range's place in the schedule, to tell two ranges apart.
        let index: Int
        var start: Int { day.rawValue * 1440 + range.value.start.minutes }
        var end: Int { start + range.value.nominalMinutes }
        var label: String { "\(day) \(range.value)" }
    }

    private func check(_ schedule: WeeklySchedule, owner: String) -> [Finding] {
        var periods: [Period] = []
        var index = 0
        for entry in schedule.entries {
            for range in entry.ranges {
                periods += entry.days.value.days.map { Period(range: range, day: $0, index: index) }
                index += 1
            }
        }
        var reported = Set<[Int]>()
        var findings: [Finding] = []
        for (position, first) in periods.enumerated() {
            for second in periods[(position + 1)...] where first.index != second.index && Self.overlap(first, second) {
                let (earlier, later) = first.range.span.start.offset <= second.range.span.start.offset ? (first, second) : (second, first)
                guard !later.range.span.isSynthetic, reported.insert([earlier.index, later.index]).inserted else { continue }
                let into = earlier.range.value.isOvernight && earlier.day != later.day ? ", which runs into \(later.day)" : ""
                findings.append(finding(
                    "working period \(quoted: later.label) overlaps \(quoted: earlier.label)\(into) in \(owner)",
                    at: later.range.span,
                    help: "make the periods meet without overlapping, such as '09:00-13:00' and '13:00-17:00'",
                    notes: [.init("\(quoted: earlier.label) is here", at: earlier.range.span)]))
            }
        }
        return findings
    }

    /// Whether two periods share a minute, a period past Sunday midnight continuing on Monday.
    private static func overlap(_ a: Period, _ b: Period) -> Bool {
        [-WeekMinutes.count, 0, WeekMinutes.count].contains { shift in
            max(a.start, b.start + shift) < min(a.end, b.end + shift)
        }
    }
}
