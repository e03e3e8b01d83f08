import TalkScript

/// An answer to the question (or part) being asked: read by the question's kind (`AnswerRules`), kept
/// (an `answered`, `rated`, `added` or `proposed` event), said back, and then the talk moves on.
extension Session {
    /// An ordinary answer to the question (or part) in focus.
    mutating func answer(_ input: String, now: Moment) -> Reply {
        guard let q = currentQuestion, let ask = phase.ask else { return Reply() }
        let p = ask.person
        let f = facts(for: p)
        let text = input.trimmingSpaces
        // Saying no to a suggestion never obliges anyone to make one: Enter leaves the question open.
        if ask.part == .counter && text.isEmpty {
            return leaveOpen(q, by: p, reason: .declined, reply: Reply(), now: now)
        }

        if case .item(let n) = ask.part {
            let items = rateEntries(q, person: p)
            guard n < items.count, case .rate(_, let values, _) = q.kind else { return Reply() }
            var value: AnswerValue = .skipped
            var condition: String?
            var tried = false
            let typed = text.isEmpty ? broughtRating(items[n].key, sheet: ratingSheet(q, p)) ?? "" : text
            if !typed.isEmpty {
                guard let (v, c, t) = AnswerRules.parseRating(withCondition: typed, values: values) else {
                    let keys = values.enumerated().map { "\($0 + 1) \($1.id)" }.joined(separator: ", ")
                    return Reply(problem: CoachText.pickRating(keys))
                }
                (value, condition, tried) = (.option(v), c, t)
            } else if ask.revisiting, let old = ratingSheet(q, p).ratings[items[n].key], let v = old {
                value = .option(v)  // Enter on a revisited item keeps its rating
                condition = ratingSheet(q, p).conditions?[items[n].key]
                tried = ratingSheet(q, p).tried?.contains(items[n].key) == true
            }
            var reply = Reply()
            commit(
                Event(
                    .rated, at: now, question: q.id, by: p, item: items[n].key, value: value,
                    reason: tried ? Event.triedBefore : nil, text: condition),
                into: &reply)
            // A condition is typed words: read with the same care as any answer (docs/care.md).
            if let condition { noticeDistress(in: .text(condition), q, person: p, now: now, into: &reply) }
            return finishAnswer(q, person: p, reply: reply, now: now)
        }

        // Several lines: collect until an empty line.
        let multiline = ask.part == .additions || q.kind == .lines || q.kind == .list
        if multiline {
            var lines: [String] = []
            if case .collecting(_, let sofar) = phase { lines = sofar }
            if !text.isEmpty {
                lines.append(text)
                phase = .collecting(ask, lines: lines)
                return Reply()
            }
            let defaultText = current?.defaultText
            phase = .asking(ask)
            if ask.part == .additions {
                var reply = Reply()
                commit(Event(.added, at: now, question: q.id, by: p, value: .lines(lines)), into: &reply)
                noticeDistress(in: .lines(lines), q, person: p, now: now, into: &reply)
                return finishAnswer(q, person: p, reply: reply, now: now)
            }
            var outcome = AnswerRules.parse("", lines: lines, for: q, facts: f.render, today: today)
            if lines.isEmpty {
                guard let d = defaultText, !d.isEmpty else { return emptyAnswer(q, ask: ask, now: now) }
                if ask.revisiting, let old = oldLines(q, p) { return save(.lines(old), q, person: p, now: now) }
                outcome = AnswerRules.parseDefault(d, for: q, facts: f.render, today: today)
            }
            return take(outcome, q, ask: ask, now: now)
        }

        var outcome = AnswerRules.parse(text, for: q, facts: f.render, today: today)
        if text.isEmpty {
            guard let d = current?.defaultText, !d.isEmpty else { return emptyAnswer(q, ask: ask, now: now) }
            outcome = AnswerRules.parseDefault(d, for: q, facts: f.render, today: today)
        }
        return take(outcome, q, ask: ask, now: now)
    }

    /// What reading the answer gave: kept, refused with why, or to be confirmed first.
    private mutating func take(_ outcome: AnswerRules.Outcome, _ q: Question, ask: Ask, now: Moment) -> Reply {
        switch outcome {
        case .accepted(let v):
            return save(v, q, person: ask.person, now: now)
        case .problem(let why):
            return Reply(problem: why)
        case .confirm(let v, let reason):
            phase = .confirmingWarned(ask, value: v, reason: reason)
            return Reply()
        }
    }

    private func oldLines(_ q: Question, _ p: PersonID) -> [String]? {
        if case .lines(let l)? = record.answer(q.id, by: p)?.value { return l }
        return nil
    }

    private mutating func emptyAnswer(_ q: Question, ask: Ask, now: Moment) -> Reply {
        if ask.revisiting, record.answer(q.id, by: ask.person) != nil {
            phase = .asking(ask.firstTime)  // Enter on a revisited answer keeps it
            return finishAnswer(q, person: ask.person, reply: Reply(), now: now)
        }
        if q.optional { return save(.skipped, q, person: ask.person, now: now) }
        return Reply(problem: q.required ? AnswerRules.expected(q.kind) : CoachText.needsAnswer)
    }

    mutating func confirmWarned(_ input: String, ask: Ask, value: AnswerValue, now: Moment) -> Reply {
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: CoachText.typeYesOrNo) }
        phase = .asking(ask)
        guard yes, let q = currentQuestion else { return Reply(notes: [Note(.info, CoachText.pickAnother)]) }
        return save(value, q, person: ask.person, now: now)
    }

    private mutating func save(_ value: AnswerValue, _ q: Question, person p: PersonID, now: Moment) -> Reply {
        var reply = Reply()
        if let ask = phase.ask, ask.part == .propose || ask.part == .counter {
            // A suggestion for a joint answer: it becomes everyone's answer only once everyone agrees.
            if let care = holdBackDistressedProposal(value, q, person: p, now: now) { return care }
            commit(
                Event(.proposed, at: now, question: q.id, by: p, value: value, kindName: q.kind.name.rawValue),
                into: &reply)
            phase = .asking(ask.firstTime)
            reply.merge(advance(now: now))
            return reply
        }
        commit(
            Event(.answered, at: now, question: q.id, by: p, value: value, kindName: q.kind.name.rawValue), into: &reply
        )
        noticeDistress(in: value, q, person: p, now: now, into: &reply)
        return finishAnswer(q, person: p, reply: reply, now: now)
    }

    /// After an answer: say it back when the question is complete, then move on.
    mutating func finishAnswer(_ q: Question, person p: PersonID, reply: Reply, now: Moment) -> Reply {
        var reply = reply
        let revisited = phase.ask?.revisiting == true
        if let ask = phase.ask {
            // An earlier answer changed (after :back): what follows it may change too.
            if revisited { settled = min(settled, runStart(of: ask.entry)) }
            phase = .asking(ask.firstTime)
        }
        if firstOpenPart(q, person: p) == nil, !revisited || q.kind.name != .rate {
            reply.notes += reflection(q, person: p)
        }
        reply.merge(advance(now: now))
        return reply
    }

    private func reflection(_ q: Question, person p: PersonID) -> [Note] {
        guard let saved = record.answer(q.id, by: p), !saved.value.isSkipped, !record.isWithheld(question: q.id, by: p)
        else { return [] }
        if let r = q.reflect {
            // Said back only when it has something to say ("So your signal is: ." helps nobody).
            let f = facts(for: p)
            return f.allReferencesHaveValues(r) ? [Note(.reflect, f.render(r))] : []
        }
        if case .ratings(let sheet) = saved.value {
            return [Note(.reflect, Reflection.ratings(RatingSummary(sheet: sheet, question: q, script: script)))]
        }
        return []
    }

    func rateEntries(_ q: Question, person p: PersonID) -> [RatingSummary.Entry] {
        RatingSummary.itemKeys(question: q, script: script, additions: ratingSheet(q, p).additions ?? [])
    }

    func ratingSheet(_ q: Question, _ p: PersonID) -> RatingSheet {
        if case .ratings(let s)? = record.answer(q.id, by: p)?.value { return s }
        return RatingSheet()
    }
}
