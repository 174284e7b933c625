import NormsTestSupport

/// Choosing the instant of a message: a moment kind, a recipient it is aimed at, and an instant
/// near something that recipient's calendar makes hard.
extension DecisionCorpus.MessageBuilder {
    typealias Moment = DecisionCorpus.Moment
    typealias Recipient = CorpusPolicy.Recipient

    /// How often each moment is chosen, in parts of the total.
    static let momentWeights: [(Moment, Int)] = [
        (.clockChange, 24), (.holiday, 15), (.weekend, 10), (.periodEdge, 18),
        (.overnight, 8), (.focus, 10), (.away, 6), (.anytime, 9),
    ]

    /// A moment, the recipient it is aimed at, and the instant.
    mutating func moment(_ random: inout SplitMix64) -> (Moment, Recipient, Int) {
        let moment = random.pick(weighted: Self.momentWeights)
        switch moment {
        case .clockChange:
            let target = random.pick(policy.recipients.filter { $0.zone.rule != .none })
            return (moment, target, clockChangeInstant(target, &random))
        case .holiday:
            let target = random.pick(policy.recipients)
            let day = random.pick(policy.holidays) + random.pick([-1, 0, 0, 1])
            return (moment, target, instant(target, day: day, &random))
        case .weekend:
            let target = random.pick(policy.recipients)
            let day = randomDay(&random)
            let friday = day - (CorpusDate.weekday(day) + 3) % 7
            return (moment, target, instant(target, day: friday + random.int(in: 0...3), &random))
        case .periodEdge:
            let target = random.pick(policy.recipients)
            return (moment, target, edgeInstant(target, blocks: target.hours, &random))
        case .overnight:
            let overnight = policy.recipients.filter { $0.hours.contains(where: \.isOvernight) }
            guard !overnight.isEmpty else { return periodEdgeFallback(&random) }
            let target = random.pick(overnight)
            return (moment, target, edgeInstant(target, blocks: target.hours, &random))
        case .focus:
            let focused = policy.recipients.filter { !$0.focus.isEmpty }
            guard !focused.isEmpty else { return periodEdgeFallback(&random) }
            let target = random.pick(focused)
            return (moment, target, edgeInstant(target, blocks: target.focus, &random))
        case .away:
            let away = policy.recipients.filter { !$0.away.isEmpty }
            guard !away.isEmpty else {
                // No away dates in this policy: a live `away` status stands in (see `statuses`).
                forceAwayStatus = true
                let target = random.pick(policy.recipients)
                return (moment, target, instant(target, day: randomDay(&random), &random))
            }
            let target = random.pick(away)
            let day = random.int(in: (target.away.first! - 3)...(target.away.last! + 3))
            return (moment, target, instant(target, day: day, &random))
        case .anytime:
            let target = random.pick(policy.recipients)
            let first = DecisionCorpus.firstDay * 86_400
            return (moment, target, first + random.below((DecisionCorpus.lastDay + 1) * 86_400 - first))
        }
    }

    private mutating func periodEdgeFallback(_ random: inout SplitMix64) -> (Moment, Recipient, Int) {
        let target = random.pick(policy.recipients)
        return (.periodEdge, target, edgeInstant(target, blocks: target.hours, &random))
    }

    /// A day in 2026–2028.
    func randomDay(_ random: inout SplitMix64) -> Int {
        random.int(in: DecisionCorpus.firstDay...DecisionCorpus.lastDay)
    }

    /// One minute before, exactly on, or one minute after an instant; sometimes one second.
    func nudge(_ instant: Int, _ random: inout SplitMix64) -> Int {
        instant + random.pick(weighted: [(-60, 3), (0, 4), (60, 3), (-1, 1), (1, 1)])
    }

    /// An instant on a local day of the target: at an edge of one of its blocks (±1 minute), at
    /// midnight, in the small hours, or at a random minute.
    func instant(_ target: Recipient, day: Int, _ random: inout SplitMix64) -> Int {
        let edges = localEdges(target, day: day)
        switch random.below(10) {
        case 0..<5 where !edges.isEmpty:
            return nudge(target.zone.instant(day: day, second: random.pick(edges)), &random)
        case 5:
            return nudge(target.zone.instant(day: day, second: 0), &random)
        default:
            return target.zone.instant(day: day, second: random.below(1440) * 60)
        }
    }

    /// The starts and ends of the target's working periods and focus blocks on a weekday, in
    /// seconds after local midnight (an overnight period's end belongs to the next day).
    func localEdges(_ target: Recipient, day: Int) -> [Int] {
        let weekday = CorpusDate.weekday(day)
        let yesterday = (weekday + 6) % 7
        var edges: [Int] = []
        for block in target.hours + target.focus {
            if block.weekdays.contains(weekday) {
                edges.append(block.start)
                if !block.isOvernight { edges.append(block.end) }
            }
            if block.isOvernight, block.weekdays.contains(yesterday) { edges.append(block.end) }
        }
        return edges
    }

    /// An instant at an edge of one of the blocks, on a day the block applies to.
    func edgeInstant(_ target: Recipient, blocks: [CorpusPolicy.Block], _ random: inout SplitMix64) -> Int {
        let block = random.pick(blocks)
        var day = randomDay(&random)
        while !block.weekdays.contains(CorpusDate.weekday(day)) { day += 1 }
        let atEnd = random.chance(50)
        if atEnd && block.isOvernight { day += 1 }
        if random.chance(15) {
            // Inside the block rather than at its edge.
            let length = block.isOvernight ? block.end + 86_400 - block.start : block.end - block.start
            return target.zone.instant(day: day, second: block.start + random.below(length / 60) * 60)
        }
        return nudge(target.zone.instant(day: day, second: atEnd ? block.end : block.start), &random)
    }

    /// An instant in the week around a clock change of the target's zone: near the change
    /// itself, or on a day within three days of it.
    func clockChangeInstant(_ target: Recipient, _ random: inout SplitMix64) -> Int {
        let changes = target.zone.changes(in: random.pick(DecisionCorpus.years))!
        let change = random.chance(50) ? changes.forward : changes.back
        if random.chance(25) {
            return change + random.pick([-3600, -1800, -61, -60, -1, 0, 1, 60, 1800, 3599, 3600, 7200])
        }
        let day = target.zone.localDay(of: change) + random.int(in: -3...3)
        return instant(target, day: day, &random)
    }
}
