import TalkScript

/// Together: once both have answered a run of private questions, what is to be compared is shown side by
/// side (`Reveal`); Enter from either of them moves on, and each revealed question is recorded.
extension Session {
    mutating func acknowledgeReveal(_ indexes: [Int], now: Moment) -> Reply {
        var reply = Reply()
        for i in indexes {
            // The comparison as shown is kept in the open: it is what both saw, and views of a sealed talk
            // show it without anyone's private answers.
            if case .ask(let q) = entries[i].node {
                let shown = Reveal.sharedText(for: q, record: record, script: script)
                commit(Event(.revealed, at: now, question: q.id, text: shown), into: &reply)
            }
        }
        reply.merge(advance(now: now))
        return reply
    }
}
