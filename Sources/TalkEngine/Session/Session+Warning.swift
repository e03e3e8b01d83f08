import TalkScript

/// After a warning sign: the person it is for reads it, then chooses to take a break, stop, or carry on.
/// The talk never just moves on as if nothing was said, and never pushes either way. In a together talk a
/// sign raised by one person's private answer, or by what the other refused, is shown to that person alone.
extension Session {
    /// The choices offered after a warning sign.
    enum WarningChoice: String, CaseIterable {
        case pause = "break"
        case stop
        case carryOn = "carry-on"

        var label: String {
            switch self {
            case .pause: CoachText.warningBreak
            case .stop: CoachText.warningStop
            case .carryOn: CoachText.warningCarryOn
            }
        }
    }

    func warningPrompt(_ index: Int) -> Prompt {
        let flag = record.flags[index]
        let who = flag.by.flatMap(record.person) ?? record.people.first ?? Participant(id: .first, name: nil)
        return Prompt(
            kind: .warning, id: flag.id, text: CoachText.afterWarning,
            hint: CoachText.afterWarningHint, intro: [guidance(flag)], person: who,
            choices: WarningChoice.allCases.enumerated().map {
                Prompt.Choice(key: String($0 + 1), id: $1.rawValue, label: $1.label)
            },
            completions: WarningChoice.allCases.map(\.rawValue) + Command.completions,
            isPrivate: record.mode == .together && flag.by != nil)
    }

    /// What the person reads first: the flag's guidance, or for distress noticed in what they typed, the
    /// check-in (the record keeps a shorter message, without their words).
    func guidance(_ flag: RaisedFlag) -> Note {
        flag.id == Record.distressFlag ? Note(.checkIn, CareText.distressCheckIn) : Note(.flag, flag.message)
    }

    mutating func chooseAfterWarning(_ index: Int, input: String, now: Moment) -> Reply {
        let options = WarningChoice.allCases.map { ($0.rawValue, $0.label) }
        guard let id = AnswerRules.matchOption(input.trimmingSpaces, options), let choice = WarningChoice(rawValue: id)
        else {
            return Reply(problem: CoachText.pickAfterWarning)
        }
        let flag = record.flags[index]
        switch choice {
        case .pause:
            return pause(reason: "warning sign", now: now)
        case .stop:
            var reply = Reply()
            commit(
                Event(.stopped, at: now, question: flag.question, by: flag.by ?? person, reason: "warning sign"),
                into: &reply)
            reply.notes.append(Note(.closing, CoachText.stoppedAfterWarning))
            phase = .over
            return reply
        case .carryOn:
            var reply = Reply(notes: [Note(.say, CoachText.carryingOn)])
            commit(Event(.carriedOn, at: now, question: flag.question, by: flag.by, flag: flag.id), into: &reply)
            reply.merge(advance(now: now))
            return reply
        }
    }
}
