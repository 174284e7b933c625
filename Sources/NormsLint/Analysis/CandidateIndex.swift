/// The rules that may shadow others, by the channels their `when` names, so that each rule is
/// compared only with those that can match on every channel it matches on.
struct CandidateIndex {
    /// The lists of candidates a walk takes, each in policy order: every candidate (``everyList``),
    /// those whose `when` names no channel and so match on every channel (``anyChannelList``), none
    /// (``emptyList``), then those whose `when` names a channel, one list per channel named.
    private var lists: [[Int]]
    /// Per channel, by its number in ``ConditionLogic/names``, the list of its candidates in
    /// ``lists``; ``emptyList`` for a name no candidate's `when` has as a channel.
    private let listOfChannel: [Int32]
    /// Per list and set of needed effects (``EffectKinds/combinations`` a list), where in ``lists``
    /// the list's candidates that offer each of those effects are, made when first walked; `-1`
    /// before.
    private var offering: [Int32]
    private let effects: [EffectOutline]
    private let logic: ConditionLogic

    private static let everyList = 0
    private static let anyChannelList = 1
    private static let emptyList = 2

    init(_ candidates: [Int], logic: ConditionLogic, effects: [EffectOutline]) {
        self.logic = logic
        self.effects = effects
        var lists: [[Int]] = [candidates, [], []]
        var listOfChannel = [Int32](repeating: Int32(Self.emptyList), count: logic.names.count)
        for index in candidates {
            guard let channels = logic.when(ofRuleAt: index)?.channel else {
                lists[Self.anyChannelList].append(index)
                continue
            }
            for channel in channels.members {
                if listOfChannel[Int(channel)] == Int32(Self.emptyList) {
                    listOfChannel[Int(channel)] = Int32(lists.count)
                    lists.append([])
                }
                lists[Int(listOfChannel[Int(channel)])].append(index)
            }
        }
        self.lists = lists
        self.listOfChannel = listOfChannel
        offering = Array(repeating: -1, count: lists.count * EffectKinds.combinations)
    }

    /// Calls `body` with each candidate, in policy order, whose `when` can follow from the `when` of
    /// the rule at `index` as far as channels go, until `body` returns `false`.
    ///
    /// When there are at most `limit` such candidates, a caller that compares at most `limit` can
    /// never be cut short, so the walk leaves out those that lack an effect the rule has: they
    /// could not shadow it.
    mutating func forEach(mayShadowRuleAt index: Int, within limit: Int, _ body: (Int) -> Bool) {
        var (first, second) = listsToWalk(forRuleAt: index)
        if lists[first].count + lists[second].count <= limit {
            let needed = effects[index].needed
            first = offeringList(first, needed)
            second = offeringList(second, needed)
        }
        let (left, right) = (lists[first], lists[second])
        var (l, r) = (0, 0)
        while l < left.count || r < right.count {
            let next: Int
            if r == right.count || (l < left.count && left[l] < right[r]) {
                next = left[l]
                l += 1
            } else {
                next = right[r]
                r += 1
            }
            if !body(next) { return }
        }
    }

    /// The two lists whose merge holds the candidates for the rule at `index`.
    private func listsToWalk(forRuleAt index: Int) -> (Int, Int) {
        guard let when = logic.policy.rules[index].when, let channels = when.channel else {
            // A rule for every channel is implied only by rules for every channel.
            return (Self.anyChannelList, Self.emptyList)
        }
        // A rule on channels C is implied only by rules on every channel, or on a superset of C:
        // the rules on any one channel of C hold them all. The channel with the fewest, the first
        // written of those.
        var fewest: Int?
        for channel in channels {
            let list = logic.names.number(of: channel.value).map { Int(listOfChannel[Int($0)]) } ?? Self.emptyList
            if fewest == nil || lists[list].count < lists[fewest!].count { fewest = list }
        }
        guard let fewest else { return (Self.everyList, Self.emptyList) }
        return (Self.anyChannelList, fewest)
    }

    /// The list, in ``lists`` (made on first use), of the candidates of list `list` that offer
    /// every effect of `needed`.
    private mutating func offeringList(_ list: Int, _ needed: EffectKinds) -> Int {
        guard !lists[list].isEmpty else { return list }
        let slot = list * EffectKinds.combinations + Int(needed.rawValue)
        if offering[slot] >= 0 { return Int(offering[slot]) }
        let kept = lists[list].filter { needed.isSubset(of: effects[$0].offered) }
        offering[slot] = Int32(lists.count)
        lists.append(kept)
        return lists.count - 1
    }
}
