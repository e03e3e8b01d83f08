import TalkScript

/// Together: once both have answered a run of private questions, what is to be compared is shown side by
/// side (`Reveal`); Enter from either of them moves on, and each revealed question is recorded.
extension Session {
    mutating func acknowledgeReveal(_ indexes: [Int], now: Moment) -> Reply {
        var reply = Reply()
        for i in indexes {
            if case .ask(let q) = entries[i].node { commit(Event(.revealed, at: now, question: q.id), into: &reply) }
        }
        reply.merge(advance(now: now))
        return reply
    }
}
