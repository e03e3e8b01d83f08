import TalkScript

/// Moving around the talk: `:back` to an earlier answer of the same person (never across a hand-over or
/// a reveal), `:skip` (saved as skipped, never as no) and `:skip all` in a rating list.
extension Session {
    mutating func back() -> Reply {
        // Whatever was in progress (lines typed, a confirmation) is given up.
        if let ask = phase.ask { phase = .asking(ask) }
        switch phase.location {
        case .ask(let e, let p, .item(let n)) where n > 0:
            phase = .asking(Ask(entry: e, person: p, part: .item(n - 1), revisiting: true))
            return Reply()
        case .ask(let e, let p, .additions):
            guard case .ask(let q) = entries[e].node else { return Reply() }
            let count = RatingSummary.itemKeys(question: q, script: script, additions: []).count
            phase = .asking(Ask(entry: e, person: p, part: .item(max(0, count - 1)), revisiting: true))
            return Reply()
        case .ask(let e, let p, _):
            return backToQuestion(before: e, person: p)
        case .card:
            return backToQuestion(before: entries.count, person: person)
        case .reveal:
            return Reply(problem: CoachText.noBackFromReveal)
        case .warning:
            return Reply(problem: CoachText.pickAfterWarning)
        case .unlock:
            return Reply(problem: CoachText.unlockFirst)
        case .review:
            return Reply(problem: CoachText.noBackFromReview)
        case .done:
            return Reply()
        }
    }

    private mutating func backToQuestion(before entry: Int, person p: PersonID) -> Reply {
        guard let prev = earlierAsked(before: entry, person: p), case .ask(let q) = entries[prev].node else {
            return Reply(problem: CoachText.atStart)
        }
        if case .rate = q.kind {
            var additions: [String] = []
            if case .ratings(let s)? = record.answer(q.id, by: p)?.value { additions = s.additions ?? [] }
            let count = RatingSummary.itemKeys(question: q, script: script, additions: additions).count
            phase = .asking(Ask(entry: prev, person: p, part: .item(max(0, count - 1)), revisiting: true))
        } else {
            phase = .asking(Ask(entry: prev, person: p, part: .whole, revisiting: true))
        }
        return Reply()
    }

    mutating func skip(all: Bool, now: Moment) -> Reply {
        if let reply = skipReview(now: now) { return reply }
        guard let q = currentQuestion, let ask = phase.ask else {
            if case .rehearsing(let line) = phase { return rehearse(line, input: "", now: now) }
            return Reply()
        }
        if q.required { return Reply(problem: CoachText.cannotSkip) }
        phase = .asking(ask)
        let p = ask.person
        var reply = Reply()
        switch ask.part {
        case .whole:
            commit(
                Event(.answered, at: now, question: q.id, by: p, value: .skipped, kindName: q.kind.name.rawValue),
                into: &reply)
        case .propose, .accept, .counter:
            // A joint question left for another time is skipped for everyone: nobody agreed to anything.
            return leaveOpen(q, by: p, reason: .skipped, reply: reply, now: now)
        case .additions:
            commit(Event(.added, at: now, question: q.id, by: p, value: .lines([])), into: &reply)
        case .item(let n):
            let items = rateEntries(q, person: p)
            let range =
                all
                ? items.indices.filter { i in i >= n && ratingSheet(q, p).ratings[items[i].key] == nil || i == n } : [n]
            for i in range where i < items.count {
                commit(Event(.rated, at: now, question: q.id, by: p, item: items[i].key, value: .skipped), into: &reply)
            }
            if all, case .rate(_, _, let additions) = q.kind, additions != nil, ratingSheet(q, p).additions == nil {
                commit(Event(.added, at: now, question: q.id, by: p, value: .lines([])), into: &reply)
            }
        }
        return finishAnswer(q, person: p, reply: reply, now: now)
    }
}
