import NormsEngine
import NormsPolicy

/// Folds observations into the audit's figures, in memory bounded by the policy (its channels,
/// teams, people and rules), at most ``maxWeeks`` weeks, ``senderCapacity`` senders and the fixed
/// sizes of the sketches, never by the number of lines.
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
    /// How many weeks get a row of their own (ten years): the first the log reaches. Later ones
    /// share the row ``otherWeeks``, so a log whose `sent_at`s spread over millennia cannot make
    /// the breakdown, the tables and the trend chart grow without bound.
    public static let maxWeeks = 520
    /// The row of the weeks past ``maxWeeks``.
    public static let otherWeeks = "(other weeks)"

    let policy: Policy
    let asOfOverride: Instant?
    let numbers: PolicyNumbers
    var total = Figures()
    var channels = Breakdown()
    var teams = Breakdown()
    var people = Breakdown()
    var weeks = Breakdown()
    /// The cell in ``channels`` of each channel, by number.
    private var channelCells: [Int] = []
    /// The cell in ``teams`` of each team, by number.
    private var teamCells: [Int] = []
    /// The cell in ``teams`` of recipients in no team, once one is seen.
    private var noTeamCell: Int?
    /// The cell in ``people`` of each recipient, by number; `nil` until the recipient is seen.
    private var personCells: [Int?]
    /// The number of the observation that last counted a message for each team cell, so that a
    /// message counts once per team however many of its recipients the team has.
    private var teamCountedBy: [Int] = []
    /// The observations folded in, so far.
    private var observations = 0
    /// The cell of each week in ``weeks``, by its Monday's day number: a week's name is written once.
    var weekCells: [Int: Int] = [:]
    /// The last week folded in, and its cell: lines of a log come in weeks.
    private var lastWeek: (monday: Int, cell: Int)?
    var heatmapActual = [Int](repeating: 0, count: 7 * 24)
    var heatmapPolicy = [Int](repeating: 0, count: 7 * 24)
    /// How many messages each rule held on, by rule number.
    var ruleFired: [Int]
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
        numbers = PolicyNumbers(policy: policy)
        personCells = Array(repeating: nil, count: numbers.recipientIDs.count)
        ruleFired = Array(repeating: 0, count: policy.rules.count)
        // Every channel and team has a row, even with no traffic.
        channelCells = policy.channels.map { channels.cell($0.id.value) }
        teamCells = policy.teams.map { teams.cell($0.id.value) }
        // The teams' cells, and the cell of recipients in no team when one comes.
        teamCountedBy = Array(repeating: -1, count: teams.keys.count + 1)
    }

    /// Counts a line that could not be read or evaluated.
    public mutating func addError() { errors += 1 }

    /// Folds one entry in.
    public mutating func add(_ observation: Observation) {
        observations += 1
        latest = max(latest, observation.latestInstant)
        let channel = channelCells[observation.channel]
        let week = weekCell(observation.week)
        total.messages += 1
        if observation.allowed { allowedMessages += 1 }
        channels.figures[channel].messages += 1
        weeks.figures[week].messages += 1
        for recipient in observation.recipients {
            let cells = Cells(channel: channel, team: teamCell(recipient.team), person: personCell(recipient.number), week: week)
            if teamCountedBy[cells.team] != observations {
                teamCountedBy[cells.team] = observations
                teams.figures[cells.team].messages += 1
            }
            people.figures[cells.person].messages += 1
            add(recipient, cells: cells)
        }
        for rule in observation.rulesFired { ruleFired[rule] += 1 }
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
        if let lastWeek, lastWeek.monday == monday { return lastWeek.cell }
        let cell: Int
        if let known = weekCells[monday] {
            cell = known
        } else if weekCells.count < Self.maxWeeks {
            cell = weeks.cell(LocalDate(daysSinceEpoch: monday).description)
            weekCells[monday] = cell
        } else {
            cell = weeks.cell(Self.otherWeeks)
        }
        lastWeek = (monday, cell)
        return cell
    }

    /// The cell of the team numbered `team`, or of recipients in no team.
    private mutating func teamCell(_ team: Int?) -> Int {
        if let team { return teamCells[team] }
        if let noTeamCell { return noTeamCell }
        let cell = teams.cell(Self.noTeam)
        noTeamCell = cell
        return cell
    }

    /// The cell of the recipient numbered `recipient`, made when the recipient is first seen.
    private mutating func personCell(_ recipient: Int) -> Int {
        if let known = personCells[recipient] { return known }
        let cell = people.cell(numbers.recipientIDs[recipient])
        personCells[recipient] = cell
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
