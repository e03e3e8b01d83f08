import TalkScript

/// What the commands do: help and why, pause, red (stop) and yellow (the menu to slow down).
/// `:back` and `:skip` move around the talk: `Session+Navigation`.
extension Session {
    mutating func command(_ cmd: Command, now: Moment) -> Reply {
        let q = currentQuestion
        let f = facts(for: person)
        switch cmd {
        case .help:
            var text = CoachText.keys
            if let h = q?.help { text = f.render(h) + "\n\n" + text }
            return Reply(notes: [Note(.info, text)])
        case .why:
            if case .rehearsing = phase { return Reply(notes: [Note(.info, CoachText.whyRehearse)]) }
            return Reply(notes: [Note(.info, q?.why.map(f.render) ?? CoachText.noWhy)])
        case .pause:
            return pause(reason: "command", now: now)
        case .hide:
            var reply = pause(reason: Session.hideReason, now: now)
            reply.notes = []
            reply.hide = true
            return reply
        case .stop:
            var reply = Reply()
            let saved = isPastReadiness  // before the readiness check is done, nothing is kept
            commit(Event(.stopped, at: now, question: currentQuestionId, by: person, reason: "red"), into: &reply)
            reply.notes.append(Note(.closing, saved ? CoachText.stopped : CoachText.stoppedBeforeSaving))
            phase = .over
            return reply
        case .slow:
            var reply = Reply()
            commit(Event(.slowed, at: now, question: currentQuestionId, by: person), into: &reply)
            // Lines typed so far are given up, as any other answer in progress is.
            if case .collecting(let ask, _) = phase { phase = .asking(ask) }
            phase = .slowing(over: phase)
            return reply
        case .back:
            return back()
        case .skip, .skipAll:
            return skip(all: cmd == .skipAll, now: now)
        }
    }

    /// The yellow menu's answer; `under` is what was going on before it.
    mutating func slowChoice(_ input: String, over under: Phase, now: Moment) -> Reply {
        let t = input.trimmingSpaces
        let options = SlowChoice.allCases.map { ($0.rawValue, $0.label) }
        guard let id = t.isEmpty ? SlowChoice.carryOn.rawValue : AnswerRules.matchOption(t, options),
            let choice = SlowChoice(rawValue: id)
        else {
            return Reply(problem: CoachText.pickFromSlowMenu)
        }
        phase = under
        switch choice {
        case .pause: return command(.pause, now: now)
        case .skip: return command(.skip, now: now)
        case .why: return command(.why, now: now)
        case .carryOn: return Reply(notes: [Note(.info, CoachText.takeYourTime)])
        }
    }
}
