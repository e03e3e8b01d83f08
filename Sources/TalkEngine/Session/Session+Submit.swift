import TalkScript

/// Taking what was typed: read once (`Input`), then handed to what the session is doing (`Phase`):
/// a confirmation, the yellow menu or a card line's new words first; then safety words and commands;
/// then the answer, to a warning sign, a card line, a reveal, a proposal or a question.
extension Session {
    /// Takes one line of input. The reply holds events to save before showing `current` again.
    public mutating func submit(_ text: String, now: Moment) -> Reply {
        guard phase != .over else { return Reply() }
        // A passphrase goes to the host, never into the session (or its journal).
        if case .unlocking = phase { return Reply(problem: CoachText.unlockFirst) }
        today = now.local
        var reply = handle(Input(text), now: now)
        if phase != .over, record.status.isOpen {
            showsIntro = reply.problem == nil && !reply.notes.contains { $0.kind == .info }
        }
        reply.notes = reply.notes.filter { !$0.text.isEmpty }
        return reply
    }

    private mutating func handle(_ input: Input, now: Moment) -> Reply {
        switch phase {
        case .confirmingWarned(let ask, let value, _):
            return confirmWarned(input.text, ask: ask, value: value, now: now)
        case .confirmingSafety(let ask, let word):
            guard let yes = AnswerRules.yesNo(input.text.trimmingSpaces) else {
                return Reply(problem: CoachText.typeYesOrNo)
            }
            phase = .asking(ask)
            if yes { return command(word == "red" ? .stop : .slow, now: now) }
            return answer(word, now: now)
        case .slowing(let under):
            // Red still stops, even from the yellow menu.
            if input.command == .stop {
                phase = under
                return command(.stop, now: now)
            }
            return slowChoice(input.text, over: under, now: now)
        case .rewording(let line):
            phase = .rehearsing(line: line)
            return reword(line, as: input.text, now: now)
        case .asking, .collecting, .revealing, .warned, .rehearsing, .unlocking, .reviewing, .revising,
            .confirmingRevision, .agreeingRevision, .over:
            break
        }
        switch input.meaning {
        case .safetyWord where acceptsSafetyWordAsAnswer:
            if case .asking(let ask) = phase {
                phase = .confirmingSafety(ask, word: input.text.trimmingSpaces.lowercased())
            }
            return Reply()
        case .safetyWord(let command), .command(let command):
            return self.command(command, now: now)
        case .unknownCommand:
            return Reply(problem: CoachText.unknownCommand(input.text.trimmingSpaces))
        case .answer:
            break
        }
        switch phase {
        case .warned(let flag): return chooseAfterWarning(flag, input: input.text, now: now)
        case .rehearsing(let line): return rehearse(line, input: input.text, now: now)
        case .revealing(let indexes): return acknowledgeReveal(indexes, now: now)
        case .reviewing(let kind): return review(kind, input: input.text, now: now)
        case .revising(let kind, let lines): return revise(kind, lines: lines, input: input.text, now: now)
        case .confirmingRevision(let kind, let value, _):
            return confirmRevision(kind, value: value, input: input.text, now: now)
        case .agreeingRevision(let kind, let value):
            return agreeToRevision(kind, value: value, input: input.text, now: now)
        case .asking(let ask) where ask.part == .accept: return respondToProposal(ask, input: input.text, now: now)
        default: return answer(input.text, now: now)
        }
    }

    /// A one-word answer such as a safe word could honestly be "red": there, ask once before treating it
    /// as a signal. Everywhere else red stops at once.
    private var acceptsSafetyWordAsAnswer: Bool {
        guard case .asking(let ask) = phase, let q = currentQuestion else { return false }
        guard ask.part == .whole || ask.part == .propose || ask.part == .counter else { return false }
        return q.kind == .word
    }
}
