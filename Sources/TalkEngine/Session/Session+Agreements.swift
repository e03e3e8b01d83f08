import TalkScript

/// Together, a joint question is an agreement: one person proposes, the other accepts or suggests
/// something else. Two rounds of no is enough, and saying no never obliges anyone to suggest anything.
extension Session {
    /// Yes agrees to what is on the table; no doesn't, and the person may then suggest something else or leave it.
    mutating func respondToProposal(_ ask: Ask, input: String, now: Moment) -> Reply {
        guard let q = currentQuestion else { return Reply() }
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: CoachText.answerProposal) }
        let p = ask.person
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
    mutating func leaveOpen(_ q: Question, by p: PersonID?, reason: LeftOpen.Reason, reply: Reply, now: Moment) -> Reply
    {
        var reply = reply
        commit(Event(.leftOpen, at: now, question: q.id, by: p, reason: reason.rawValue), into: &reply)
        for person in record.people {
            commit(
                Event(
                    .answered, at: now, question: q.id, by: person.id, value: .skipped, kindName: q.kind.name.rawValue),
                into: &reply)
        }
        switch reason {
        case .disagreed: reply.notes.append(Note(.info, CoachText.seeItDifferently))
        case .declined: reply.notes.append(Note(.info, CoachText.leftForNow))
        case .skipped: break
        }
        if let ask = phase.ask { phase = .asking(ask.firstTime) }
        reply.merge(advance(now: now))
        return reply
    }
}
