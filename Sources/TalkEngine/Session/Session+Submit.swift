import TalkScript

/// Taking what was typed: safety words and commands first, then the answer itself.
extension Session {
    /// Takes one line of input. The reply holds events to save before showing `current` again.
    public mutating func submit(_ input: String, now: Moment) -> Reply {
        guard current != nil else { return Reply() }
        today = now.local
        var reply = handle(input, now: now)
        if current != nil, record.status.isOpen {
            let showIntro = reply.problem == nil && !reply.notes.contains { $0.kind == .info }
            current = makePrompt(intro: showIntro)
        }
        reply.notes = reply.notes.filter { !$0.text.isEmpty }
        return reply
    }

    private mutating func handle(_ input: String, now: Moment) -> Reply {
        switch pending {
        case .confirmWarned(let value, _)?:
            return confirmWarned(input, value: value, now: now)
        case .confirmSafety(let word)?:
            guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: "Please type yes or no.") }
            pending = nil
            if yes { return command(word == "red" ? .stop : .slow, now: now) }
            return answer(word, now: now)
        case .slowing?:
            // Red still stops, even from the yellow menu.
            if Command.parse(input) == .stop {
                pending = nil
                return command(.stop, now: now)
            }
            return slowChoice(input, now: now)
        case .rewording(let line)?:
            pending = nil
            let text = input.trimmingSpaces
            guard !text.isEmpty, text != cardText(line) else { return Reply() }
            if let care = holdBackDistressedReword(text, line: line, now: now) { return care }
            var reply = Reply()
            commit(Event(.reworded, at: now, value: .text(text), line: line), into: &reply)
            return reply
        case .collecting?, nil:
            break
        }
        if let cmd = Command.parse(input) {
            if (cmd == .stop || cmd == .slow), acceptsSafetyWordAsAnswer, !input.trimmingSpaces.hasPrefix(":") {
                pending = .confirmSafety(input.trimmingSpaces.lowercased())
                return Reply()
            }
            return command(cmd, now: now)
        }
        if Command.looksLikeCommand(input) { return Reply(problem: CoachText.unknownCommand(input.trimmingSpaces)) }
        if case .warning(let flag) = location { return chooseAfterWarning(flag, input: input, now: now) }
        if case .card(let line) = location, focus == nil { return rehearse(line, input: input, now: now) }
        if case .reveal(let indexes) = location { return acknowledgeReveal(indexes, now: now) }
        if case .ask(_, let p, .accept) = location, let q = currentQuestion { return respondToProposal(q, person: p, input: input, now: now) }
        return answer(input, now: now)
    }

    /// A one-word answer such as a safe word could honestly be "red": there, ask once before treating it
    /// as a signal. Everywhere else red stops at once.
    private var acceptsSafetyWordAsAnswer: Bool {
        guard let q = currentQuestion, pending == nil, case .ask(_, _, let part) = focus ?? location else { return false }
        guard part == .whole || part == .propose || part == .counter else { return false }
        return q.kind == .word
    }

    private mutating func acknowledgeReveal(_ indexes: [Int], now: Moment) -> Reply {
        var reply = Reply()
        for i in indexes {
            if case .ask(let q) = entries[i].node { commit(Event(.revealed, at: now, question: q.id), into: &reply) }
        }
        reply.merge(advance(now: now))
        return reply
    }

    /// Yes agrees to what is on the table; no doesn't, and the person may then suggest something else or leave it.
    private mutating func respondToProposal(_ q: Question, person p: String, input: String, now: Moment) -> Reply {
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else {
            return Reply(problem: "Please answer yes or no. Nobody has to agree to anything.")
        }
        var reply = Reply()
        if yes {
            commit(Event(.agreed, at: now, question: q.id, by: p, kindName: q.kind.name.rawValue), into: &reply)
            return finishAnswer(q, person: p, reply: reply, now: now)
        }
        commit(Event(.declined, at: now, question: q.id, by: p), into: &reply)
        // Two rounds is enough: nobody is asked again and again to accept what they don't want.
        if (record.agreements[q.id]?.declines ?? 0) >= 2 {
            return leaveOpen(q, by: nil, reason: .disagreed, reply: reply, now: now)
        }
        reply.merge(advance(now: now))
        return reply
    }

    /// A joint question ends without an agreement: nobody agreed to anything, and that is said plainly.
    private mutating func leaveOpen(_ q: Question, by p: String?, reason: LeftOpen.Reason, reply: Reply, now: Moment) -> Reply {
        var reply = reply
        commit(Event(.leftOpen, at: now, question: q.id, by: p, reason: reason.rawValue), into: &reply)
        for person in record.people {
            commit(Event(.answered, at: now, question: q.id, by: person.id, value: .skipped, kindName: q.kind.name.rawValue), into: &reply)
        }
        switch reason {
        case .disagreed: reply.notes.append(Note(.info, CoachText.seeItDifferently))
        case .declined: reply.notes.append(Note(.info, CoachText.leftForNow))
        case .skipped: break
        }
        pending = nil
        focus = nil
        reply.merge(advance(now: now))
        return reply
    }

    var currentQuestion: Question? {
        guard case .ask(let e, _, _) = focus ?? location, case .ask(let q) = entries[e].node else { return nil }
        return q
    }

    private mutating func command(_ cmd: Command, now: Moment) -> Reply {
        let q = currentQuestion
        let f = facts(for: person)
        switch cmd {
        case .help:
            var text = CoachText.keys
            if let h = q?.help { text = f.render(h) + "\n\n" + text }
            return Reply(notes: [Note(.info, text)])
        case .why:
            if case .card = location { return Reply(notes: [Note(.info, "Saying your lines out loud, before the real talk, makes the words easier to find when it counts.")]) }
            return Reply(notes: [Note(.info, q?.why.map(f.render) ?? CoachText.noWhy)])
        case .pause:
            return pause(reason: "command", now: now)
        case .stop:
            var reply = Reply()
            let saved = isPastReadiness  // before the readiness check is done, nothing is kept
            commit(Event(.stopped, at: now, question: currentQuestionId, by: person, reason: "red"), into: &reply)
            reply.notes.append(Note(.closing, saved ? CoachText.stopped : CoachText.stoppedBeforeSaving))
            current = nil
            pending = nil
            focus = nil
            return reply
        case .slow:
            var reply = Reply()
            commit(Event(.slowed, at: now, question: currentQuestionId, by: person), into: &reply)
            pending = .slowing
            return reply
        case .back:
            return back()
        case .skip, .skipAll:
            return skip(all: cmd == .skipAll, now: now)
        }
    }

    private mutating func slowChoice(_ input: String, now: Moment) -> Reply {
        let t = input.trimmingSpaces
        let options = SlowChoice.allCases.map { ($0.rawValue, $0.label) }
        guard let id = t.isEmpty ? SlowChoice.carryOn.rawValue : AnswerRules.matchOption(t, options),
              let choice = SlowChoice(rawValue: id) else {
            return Reply(problem: "Please pick 1, 2, 3 or 4.")
        }
        pending = nil
        switch choice {
        case .pause: return command(.pause, now: now)
        case .skip: return command(.skip, now: now)
        case .why: return command(.why, now: now)
        case .carryOn: return Reply(notes: [Note(.info, "Okay. Take your time.")])
        }
    }

    private mutating func back() -> Reply {
        pending = nil
        let at = focus ?? location
        switch at {
        case .ask(let e, let p, .item(let n)) where n > 0:
            focus = .ask(entry: e, person: p, part: .item(n - 1))
            return Reply()
        case .ask(let e, let p, .additions):
            guard case .ask(let q) = entries[e].node else { return Reply() }
            let count = RatingSummary.itemKeys(question: q, script: script, additions: []).count
            focus = .ask(entry: e, person: p, part: .item(max(0, count - 1)))
            return Reply()
        case .ask(let e, let p, _):
            return backToQuestion(before: e, person: p)
        case .card:
            return backToQuestion(before: entries.count, person: person)
        case .reveal:
            return Reply(problem: "Both of you have answered, so there's no going back from here. You can see everything later with candor show.")
        case .warning:
            return Reply(problem: CoachText.pickAfterWarning)
        case .done:
            return Reply()
        }
    }

    private mutating func backToQuestion(before entry: Int, person p: String) -> Reply {
        guard let prev = earlierAsked(before: entry, person: p), case .ask(let q) = entries[prev].node else {
            return Reply(problem: CoachText.atStart)
        }
        if case .rate = q.kind {
            var additions: [String] = []
            if case .ratings(let s)? = record.answer(q.id, by: p)?.value { additions = s.additions ?? [] }
            let count = RatingSummary.itemKeys(question: q, script: script, additions: additions).count
            focus = .ask(entry: prev, person: p, part: .item(max(0, count - 1)))
        } else {
            focus = .ask(entry: prev, person: p, part: .whole)
        }
        return Reply()
    }

    private mutating func skip(all: Bool, now: Moment) -> Reply {
        guard let q = currentQuestion, case .ask(_, let p, let part) = focus ?? location else {
            if case .card(let line) = location { return rehearse(line, input: "", now: now) }
            return Reply()
        }
        if q.required { return Reply(problem: CoachText.cannotSkip) }
        pending = nil
        var reply = Reply()
        switch part {
        case .whole:
            commit(Event(.answered, at: now, question: q.id, by: p, value: .skipped, kindName: q.kind.name.rawValue), into: &reply)
        case .propose, .accept, .counter:
            // A joint question left for another time is skipped for everyone: nobody agreed to anything.
            return leaveOpen(q, by: p, reason: .skipped, reply: reply, now: now)
        case .additions:
            commit(Event(.added, at: now, question: q.id, by: p, value: .lines([])), into: &reply)
        case .item(let n):
            let items = rateEntries(q, person: p)
            let range = all ? items.indices.filter { i in i >= n && ratingSheet(q, p).ratings[items[i].key] == nil || i == n } : [n]
            for i in range where i < items.count {
                commit(Event(.rated, at: now, question: q.id, by: p, item: items[i].key, value: .skipped), into: &reply)
            }
            if all, case .rate(_, _, let additions) = q.kind, additions != nil, ratingSheet(q, p).additions == nil {
                commit(Event(.added, at: now, question: q.id, by: p, value: .lines([])), into: &reply)
            }
        }
        return finishAnswer(q, person: p, reply: reply, now: now)
    }

    /// An ordinary answer to the question (or part) in focus.
    private mutating func answer(_ input: String, now: Moment) -> Reply {
        guard let q = currentQuestion, case .ask(_, let p, let part) = focus ?? location else { return Reply() }
        let f = facts(for: p)
        let text = input.trimmingSpaces
        // Saying no to a suggestion never obliges anyone to make one: Enter leaves the question open.
        if part == .counter && text.isEmpty { return leaveOpen(q, by: p, reason: .declined, reply: Reply(), now: now) }

        if case .item(let n) = part {
            let items = rateEntries(q, person: p)
            guard n < items.count, case .rate(_, let values, _) = q.kind else { return Reply() }
            var value: AnswerValue = .skipped
            if !text.isEmpty {
                guard let v = AnswerRules.parseRating(text, values: values) else {
                    let keys = values.enumerated().map { "\($0 + 1) \($1.id)" }.joined(separator: ", ")
                    return Reply(problem: "Please pick one: \(keys). Enter leaves it blank.")
                }
                value = .option(v)
            } else if focus != nil, let old = ratingSheet(q, p).ratings[items[n].key], let v = old {
                value = .option(v)  // Enter on a revisited item keeps its rating
            }
            var reply = Reply()
            commit(Event(.rated, at: now, question: q.id, by: p, item: items[n].key, value: value), into: &reply)
            return finishAnswer(q, person: p, reply: reply, now: now)
        }

        // Several lines: collect until an empty line.
        let multiline = part == .additions || q.kind == .lines || q.kind == .list
        if multiline {
            var lines: [String] = []
            if case .collecting(let sofar)? = pending { lines = sofar }
            if !text.isEmpty {
                lines.append(text)
                pending = .collecting(lines)
                return Reply()
            }
            pending = nil
            if part == .additions {
                var reply = Reply()
                commit(Event(.added, at: now, question: q.id, by: p, value: .lines(lines)), into: &reply)
                noticeDistress(in: .lines(lines), q, person: p, now: now, into: &reply)
                return finishAnswer(q, person: p, reply: reply, now: now)
            }
            var outcome = AnswerRules.parse("", lines: lines, for: q, facts: f.render, today: today)
            if lines.isEmpty {
                guard let d = current?.defaultText, !d.isEmpty else { return emptyAnswer(q, person: p, now: now) }
                if focus != nil, let old = oldLines(q, p) { return save(.lines(old), q, person: p, now: now) }
                outcome = AnswerRules.parseDefault(d, for: q, facts: f.render, today: today)
            }
            switch outcome {
            case .accepted(let v): return save(v, q, person: p, now: now)
            case .problem(let why): return Reply(problem: why)
            case .confirm(let v, let reason):
                pending = .confirmWarned(v, reason: reason)
                return Reply()
            }
        }

        var outcome = AnswerRules.parse(text, for: q, facts: f.render, today: today)
        if text.isEmpty {
            guard let d = current?.defaultText, !d.isEmpty else { return emptyAnswer(q, person: p, now: now) }
            outcome = AnswerRules.parseDefault(d, for: q, facts: f.render, today: today)
        }
        switch outcome {
        case .accepted(let v): return save(v, q, person: p, now: now)
        case .problem(let why): return Reply(problem: why)
        case .confirm(let v, let reason):
            pending = .confirmWarned(v, reason: reason)
            return Reply()
        }
    }

    private func oldLines(_ q: Question, _ p: String) -> [String]? {
        if case .lines(let l)? = record.answer(q.id, by: p)?.value { return l }
        return nil
    }

    private mutating func emptyAnswer(_ q: Question, person p: String, now: Moment) -> Reply {
        if focus != nil, record.answer(q.id, by: p) != nil {
            focus = nil  // Enter on a revisited answer keeps it
            return finishAnswer(q, person: p, reply: Reply(), now: now)
        }
        if q.optional { return save(.skipped, q, person: p, now: now) }
        return Reply(problem: q.required ? AnswerRules.expected(q.kind) : CoachText.needsAnswer)
    }

    private mutating func confirmWarned(_ input: String, value: AnswerValue, now: Moment) -> Reply {
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: "Please type yes or no.") }
        pending = nil
        guard yes, let q = currentQuestion else { return Reply(notes: [Note(.info, "Okay, let's pick another.")]) }
        return save(value, q, person: person, now: now)
    }

    private mutating func save(_ value: AnswerValue, _ q: Question, person p: String, now: Moment) -> Reply {
        var reply = Reply()
        if case .ask(_, _, let part) = focus ?? location, part == .propose || part == .counter {
            // A suggestion for a joint answer: it becomes everyone's answer only once everyone agrees.
            if let care = holdBackDistressedProposal(value, q, person: p, now: now) { return care }
            commit(Event(.proposed, at: now, question: q.id, by: p, value: value, kindName: q.kind.name.rawValue), into: &reply)
            pending = nil
            focus = nil
            reply.merge(advance(now: now))
            return reply
        }
        commit(Event(.answered, at: now, question: q.id, by: p, value: value, kindName: q.kind.name.rawValue), into: &reply)
        noticeDistress(in: value, q, person: p, now: now, into: &reply)
        return finishAnswer(q, person: p, reply: reply, now: now)
    }

    /// After an answer: say it back when the question is complete, then move on.
    private mutating func finishAnswer(_ q: Question, person p: String, reply: Reply, now: Moment) -> Reply {
        var reply = reply
        pending = nil
        let wasFocused = focus != nil
        // An earlier answer changed (after :back): what follows it may change too.
        if case .ask(let e, _, _)? = focus { settled = min(settled, runStart(of: e)) }
        focus = nil
        if firstOpenPart(q, person: p) == nil, !wasFocused || q.kind.name != .rate {
            reply.notes += reflection(q, person: p)
        }
        reply.merge(advance(now: now))
        return reply
    }

    private func reflection(_ q: Question, person p: String) -> [Note] {
        guard let saved = record.answer(q.id, by: p), !saved.value.isSkipped, !record.isWithheld(question: q.id, by: p) else { return [] }
        if let r = q.reflect {
            // Said back only when it has something to say ("So your signal is: ." helps nobody).
            let f = facts(for: p)
            return f.allReferencesHaveValues(r) ? [Note(.reflect, f.render(r))] : []
        }
        if case .ratings(let sheet) = saved.value { return [Note(.reflect, Reflection.ratings(RatingSummary(sheet: sheet, question: q, script: script)))] }
        return []
    }

    func rateEntries(_ q: Question, person p: String) -> [RatingSummary.Entry] {
        RatingSummary.itemKeys(question: q, script: script, additions: ratingSheet(q, p).additions ?? [])
    }

    func ratingSheet(_ q: Question, _ p: String) -> RatingSheet {
        if case .ratings(let s)? = record.answer(q.id, by: p)?.value { return s }
        return RatingSheet()
    }
}
