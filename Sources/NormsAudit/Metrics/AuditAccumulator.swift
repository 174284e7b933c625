import NormsEngine
import NormsPolicy

/// Folds observations into the audit's figures, in memory bounded by the policy (its channels,
/// teams, people and rules), the weeks the log spans and the fixed sizes of the sketches, never by
/// the number of lines.
public struct AuditAccumulator {
    /// Where one recipient's figures are counted, besides the total.
    struct Cells {
        var channel: Int
        var team: Int
        var person: Int
        var week: Int
    }

    /// Figures by the keys of one breakdown (channel, team, person or week).
    struct Breakdown {
        var index: [String: Int] = [:]
        var keys: [String] = []
        var figures: [Figures] = []

        mutating func cell(_ key: String) -> Int {
            if let known = index[key] { return known }
            index[key] = keys.count
            keys.append(key)
            figures.append(Figures())
            return keys.count - 1
        }
    }

    /// The name of the team of a person in no team.
    public static let noTeam = "(no team)"
    /// How many senders are counted exactly before the counts of the rest become estimates.
    public static let senderCapacity = 1000

    let policy: Policy
    let asOfOverride: Instant?
    var total = Figures()
    var channels = Breakdown()
    var teams = Breakdown()
    var people = Breakdown()
    var weeks = Breakdown()
    /// The cell of each week in ``weeks``, by its Monday's day number: a week's name is written once.
    var weekCells: [Int: Int] = [:]
    var heatmapActual = [Int](repeating: 0, count: 7 * 24)
    var heatmapPolicy = [Int](repeating: 0, count: 7 * 24)
    var ruleFired: [String: Int] = [:]
    var ruleViolations: [String: Int] = [:]
    var senderViolations = TopCounter(capacity: senderCapacity)
    var allowedMessages = 0
    var latest = Int.min
    var errors = 0
    private var pending = PendingEvents()

    /// An accumulator for a log evaluated against `policy`.
    /// - Parameter asOf: the end of the log, against which unanswered deadlines are judged;
    ///   `nil`: the latest instant the log mentions.
    public init(policy: Policy, asOf: Instant? = nil) {
        self.policy = policy
        self.asOfOverride = asOf
        // Every channel, team and person has a row, even with no traffic.
        for channel in policy.channels { _ = channels.cell(channel.id.value) }
        for team in policy.teams { _ = teams.cell(team.id.value) }
    }

    /// Counts a line that could not be read or evaluated.
    public mutating func addError() { errors += 1 }

    /// Folds one entry in.
    public mutating func add(_ observation: Observation) {
        latest = max(latest, observation.latestInstant)
        let channel = channels.cell(observation.channel)
        let week = weekCell(observation.week)
        total.messages += 1
        if observation.allowed { allowedMessages += 1 }
        channels.figures[channel].messages += 1
        weeks.figures[week].messages += 1
        var teamsTouched: [Int] = []
        for recipient in observation.recipients {
            let cells = Cells(channel: channel, team: teams.cell(recipient.team ?? Self.noTeam), person: people.cell(recipient.id), week: week)
            if !teamsTouched.contains(cells.team) {
                teamsTouched.append(cells.team)
                teams.figures[cells.team].messages += 1
            }
            people.figures[cells.person].messages += 1
            add(recipient, cells: cells)
        }
        for rule in observation.rulesFired { ruleFired[rule, default: 0] += 1 }
        for rule in observation.violations {
            ruleViolations[rule, default: 0] += 1
            senderViolations.add(observation.sender)
        }
    }

    private mutating func add(_ recipient: Observation.Recipient, cells: Cells) {
        update(cells) { $0.deliveries += 1 }
        if let actual = recipient.actual {
            update(cells) { $0.actual.add(actual) }
            if actual.isInterruption { heatmapActual[actual.weekday * 24 + actual.hour] += 1 }
        }
        if let policy = recipient.policy {
            update(cells) { $0.policy.add(policy) }
            if policy.isInterruption { heatmapPolicy[policy.weekday * 24 + policy.hour] += 1 }
        }
        switch recipient.reply {
        case .noDeadline: break
        case .unknown: update(cells) { $0.replies.unknown += 1 }
        case .inTime: update(cells) { $0.replies.inTime += 1 }
        case .late(let seconds):
            update(cells) {
                $0.replies.late += 1
                $0.replies.lateness.add(seconds)
            }
        case .unanswered(let deadline): schedule(PendingEvents.Event(at: deadline, kind: .deadline, cells: cells))
        }
        if let escalation = recipient.escalationAt {
            update(cells) { $0.escalationsPlanned += 1 }
            if recipient.isReplyRecorded {
                if let replied = recipient.repliedAt {
                    if replied > escalation { update(cells) { $0.escalationsFired += 1 } }
                } else {
                    schedule(PendingEvents.Event(at: escalation, kind: .escalation, cells: cells))
                }
            }
        }
    }

    /// Settles an event now when the log's end is known to pass it, or keeps it pending.
    private mutating func schedule(_ event: PendingEvents.Event) {
        let end = asOfOverride ?? latest
        if asOfOverride != nil || event.at <= end {
            settle(event, isPast: event.at <= end)
            return
        }
        var events = PendingEvents()
        swap(&events, &pending)
        events.add(event, latest: latest) { settle($0, isPast: $1) }
        swap(&events, &pending)
    }

    private mutating func settle(_ event: PendingEvents.Event, isPast: Bool) {
        switch (event.kind, isPast) {
        case (.deadline, true): update(event.cells) { $0.replies.unanswered += 1 }
        case (.deadline, false): update(event.cells) { $0.replies.open += 1 }
        case (.escalation, true): update(event.cells) { $0.escalationsFired += 1 }
        case (.escalation, false): break
        }
    }

    /// Applies `change` to the total and to each breakdown's cell.
    private mutating func update(_ cells: Cells, _ change: (inout Figures) -> Void) {
        change(&total)
        change(&channels.figures[cells.channel])
        change(&teams.figures[cells.team])
        change(&people.figures[cells.person])
        change(&weeks.figures[cells.week])
    }

    /// The cell of the week starting on the Monday `monday` (a day number), named by that date.
    private mutating func weekCell(_ monday: Int) -> Int {
        if let known = weekCells[monday] { return known }
        let cell = weeks.cell(LocalDate(daysSinceEpoch: monday).description)
        weekCells[monday] = cell
        return cell
    }

    /// The end of the log: `asOf` when given, else the latest instant seen; `nil` for an empty log.
    var asOf: Instant? { asOfOverride ?? (latest == Int.min ? nil : latest) }

    /// Settles what waits for the log's end and returns the report.
    /// - Parameter lines: the number of lines (or rows) read, errors included.
    public mutating func report(lines: Int) -> AuditReport {
        if let asOf {
            var events = PendingEvents()
            swap(&events, &pending)
            events.finish(asOf: asOf) { settle($0, isPast: $1) }
        }
        return AuditReport(accumulator: self, lines: lines)
    }
}
