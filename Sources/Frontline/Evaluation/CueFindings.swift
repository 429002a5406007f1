/// Points that shrink or stop as something repeats: the first occurrences earn (or cost) in full, later ones less or nothing.
public struct PointSchedule: Sendable, Hashable {
    /// Points for each occurrence in order; occurrences past the end use the last value.
    public var steps: [Int]
    /// The most the occurrences may move the score in total, as a magnitude.
    public var cap: Int

    /// The same points for every occurrence until `cap` is reached.
    public static func each(_ points: Int, cap: Int) -> PointSchedule {
        PointSchedule(steps: [points], cap: cap)
    }

    /// Points for the `occurrence`-th time (0-based), given what was already spent; nil when the cap is used up.
    public func points(forOccurrence occurrence: Int, spent: Int) -> Int? {
        guard let last = steps.last else { return nil }
        let points = occurrence < steps.count ? steps[occurrence] : last
        if points == 0 { return 0 }
        let room = cap - abs(spent)
        guard room > 0 else { return nil }
        return points > 0 ? min(points, room) : -min(-points, room)
    }
}

extension CriterionDefinition {
    /// One finding per span, in the order given, with points by `schedule` until its cap is spent.
    public func findings(
        at spans: [TextSpan], in reply: ReplyContext, schedule: PointSchedule, message: (String) -> String,
        advice: String
    ) -> [Finding] {
        scheduled(spans, in: reply, schedule: schedule, message: message, advice: { _ in advice }, values: { _ in [:] })
    }

    /// One finding per match of `cue` (negated matches left out unless asked), with points by `schedule`.
    ///
    /// Criteria that flag a kind of phrase ("obviously", "you should have") share this so their logic stays one piece.
    public func findings(
        for cue: Cue, in reply: ReplyContext, schedule: PointSchedule, includingNegated: Bool = false,
        distinctEntries: Bool = false, where keep: (CueMatch) -> Bool = { _ in true },
        message: (String) -> String, advice: (String) -> String, values: (CueMatch) -> [String: String] = { _ in [:] }
    ) -> [Finding] {
        var seen: Set<String> = []
        let matches = reply.reply.matches(cue, includingNegated: includingNegated).filter { match in
            keep(match) && (!distinctEntries || seen.insert(match.entry).inserted)
        }
        return scheduled(
            matches.map(\.span), in: reply, schedule: schedule, message: message, advice: advice,
            values: { values(matches[$0]) })
    }

    /// The findings for `spans` by `schedule`, with the words filled in for the span at each position.
    private func scheduled(
        _ spans: [TextSpan], in reply: ReplyContext, schedule: PointSchedule, message: (String) -> String,
        advice: (String) -> String, values: (Int) -> [String: String]
    ) -> [Finding] {
        var findings: [Finding] = []
        var spent = 0
        for (position, span) in spans.enumerated() {
            guard let points = schedule.points(forOccurrence: findings.count, spent: spent) else { break }
            spent += points
            let quoted = reply.reply.quote(span)
            findings.append(
                finding(
                    points, at: span, in: reply, message: message(quoted), advice: advice(quoted),
                    values: values(position)))
        }
        return findings
    }
}
