import NormsPolicy
import NormsSource

extension CharterBuilder {
    // MARK: - Reply expectations

    /// Channel defaults, team overrides, the rules that set a reply expectation, and how a
    /// conflict between them is settled.
    func replyExpectations(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        var blocks: [CharterBlock] = [
            .heading(level: 2, text: "Reply expectations", anchor: "reply-expectations"),
            .list(policy.channels.map { channel in
                [.code(channel.id.value), .text(": " + context.reply(channel.effectiveReplyWithin))]
            }),
        ]
        let overrides = policy.teams.flatMap { team in team.channels.map { (team: team, override: $0) } }
        if !overrides.isEmpty {
            blocks.append(.paragraph([.text("Teams that differ (for the team and the people whose home team it is):")]))
            blocks.append(.list(overrides.map { entry in
                var parts: [String] = []
                if let reply = entry.override.replyWithin { parts.append("reply " + context.reply(reply.value)) }
                if let interrupts = entry.override.interrupts {
                    parts.append(interrupts.value ? "notifies" : "does not notify")
                }
                return [.code(entry.team.id.value), .text(" on "), .code(entry.override.channel.value),
                        .text(": " + (parts.isEmpty ? "no change" : parts.joined(separator: ", ")))]
            }))
        }
        let rules = policy.rules.filter { $0.then.replyWithin != nil }
        if !rules.isEmpty {
            blocks.append(.paragraph([.text("Rules that set the reply expectation:")]))
            blocks.append(.list(rules.compactMap { rule in
                rule.then.replyWithin.map { summary(rule, context: context, effects: [context.phrases.reply($0.value)]) }
            }))
        }
        blocks.append(.paragraph([.text("A rule beats the channel's default. When several rules apply, the one that gives "
                                         + "the earliest deadline wins; “no reply expected” is the least demanding. Business "
                                         + "hours and days are counted in the recipient's working time and zone, so an "
                                         + "evening message is due the next working day.")]))
        return blocks
    }

    // MARK: - Urgent exceptions

    /// Rules that raise the level, and rules that notify through after hours, focus time, holidays or absences.
    func urgentExceptions(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        let raising = policy.rules.filter { $0.then.level != nil }
        let breaking = policy.rules.filter { $0.then.breaksThrough != nil || $0.then.interrupt?.value == true }
        guard !raising.isEmpty || !breaking.isEmpty else { return [] }
        var blocks: [CharterBlock] = [.heading(level: 2, text: "Urgent exceptions", anchor: "urgent-exceptions")]
        if !raising.isEmpty {
            blocks.append(.paragraph([.text("A message's level is raised — never lowered — by:")]))
            blocks.append(.list(raising.map { rule in
                summary(rule, context: context, effects: [[.text("raise the level to "), .strong(rule.then.level?.value ?? "")]])
            }))
        }
        if !breaking.isEmpty {
            blocks.append(.paragraph([.text("These messages get through at once, even outside the usual hours:")]))
            blocks.append(.list(breaking.map { rule in
                summary(rule, context: context, effects: context.phrases.notification(rule.then))
            }))
            blocks.append(.paragraph([.text("When one rule says a message may interrupt and another says it may not, "
                                             + "interrupting wins: urgency beats quiet.")]))
        }
        return blocks
    }

    // MARK: - Escalation

    /// Rules that escalate, and whom each person's escalations reach.
    func escalation(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        let rules = policy.rules.filter { $0.then.escalate != nil }
        guard !rules.isEmpty else { return [] }
        var blocks: [CharterBlock] = [
            .heading(level: 2, text: "Escalation", anchor: "escalation"),
            .list(rules.map { rule in summary(rule, context: context, effects: [context.phrases.escalation(rule.then.escalate!)]) }),
            .paragraph([.text("When no reply is expected the delay counts from when the message was sent. When several "
                              + "escalations apply, the earliest one happens.")]),
        ]
        let backups: [[CharterInline]] = policy.teams.compactMap { team in
            team.backup.map { [.text("Team "), .code(team.id.value), .text(" → "), .code($0.value)] }
        } + policy.people.compactMap { person in
            person.backup.map { [.code(person.id.value), .text(" → "), .code($0.value)] }
        }
        if !backups.isEmpty {
            blocks.append(.paragraph([.text("Backups (a person without one uses their home team's):")]))
            blocks.append(.list(backups))
        }
        return blocks
    }

    // MARK: - Limits and violations

    /// Channel constraints and the rules that report violations.
    func channelLimits(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        let constrained = policy.channels.filter { $0.minLevel != nil || $0.requires != nil }
        let rules = policy.rules.filter { $0.then.violation != nil }
        guard !constrained.isEmpty || !rules.isEmpty else { return [] }
        var items: [[CharterInline]] = constrained.map { channel in
            [.code(channel.id.value), .text(": ")] + limits(of: channel, context: context) + [.text(" (an error: the message is not allowed).")]
        }
        items += rules.map { rule in
            summary(rule, context: context, effects: context.phrases.violation(rule.then, mode: rule.mode.value).map { [$0] } ?? [])
        }
        return [
            .heading(level: 2, text: "What not to do", anchor: "violations"),
            .list(items),
            .paragraph([.text("An error makes a message “not allowed” (norms check exits with status 1); a warning or "
                              + "info is reported only. Advisory rules always report at info.")]),
        ]
    }

    // MARK: - Every rule

    /// Every rule in policy order, with its conditions, effects, mode, owner, expiry and source.
    func ruleList(_ context: Context) -> [CharterBlock] {
        let policy = context.policy
        guard !policy.rules.isEmpty else { return [] }
        var blocks: [CharterBlock] = [
            .heading(level: 2, text: "All rules", anchor: "rules"),
            .paragraph([.text("Rules are evaluated independently of their order: every rule whose conditions hold "
                              + "contributes its effects, and the most demanding effect wins.")]),
        ]
        for rule in policy.rules {
            blocks.append(.heading(level: 3, text: rule.id.value, anchor: "rule-\(rule.id.value)"))
            if let description = rule.description { blocks.append(.paragraph([.text(description)])) }
            var items: [[CharterInline]] = [[.strong("When: ")] + context.phrases.conditions(rule.when)]
            if let unless = rule.unless { items.append([.strong("Unless: ")] + context.phrases.conditions(unless)) }
            items.append([.strong("Then: ")] + .joined(context.phrases.effects(rule.then, mode: rule.mode.value), separator: "; "))
            if rule.mode.value == .advisory { items.append([.strong("Mode: "), .text("advisory — reported at info, never fails a check")]) }
            if let owner = rule.owner { items.append([.strong("Owner: "), .code(owner.value)]) }
            if let expires = rule.expires { items.append([.strong("Expires: "), .text("\(expires.value)")]) }
            if rule.override?.value == true { items.append([.strong("Overrides: "), .text("the base policy's rule of the same id")]) }
            items.append([.strong("Defined in: "), .code(rule.span.description)])
            blocks.append(.list(items))
        }
        return blocks
    }

    // MARK: - Helpers

    /// "`rule-id` (when …): effects — description".
    func summary(_ rule: NormRule, context: Context, effects: [[CharterInline]]) -> [CharterInline] {
        var runs: [CharterInline] = [.code(rule.id.value), .text(" — when ")] + context.phrases.conditions(rule.when)
        if let unless = rule.unless { runs += [.text(", unless ")] + context.phrases.conditions(unless) }
        runs += [.text(": ")] + .joined(effects, separator: "; ")
        runs.append(.text("."))
        return runs
    }
}
