import TalkScript

/// Noticing distress in an answer someone typed (`DistressPhrases`): Candor checks in with them
/// privately, records a `distress` flag (by them, about that question), and from then on the answer is
/// theirs alone (`Record.isWithheld`): left out of the card, of reveals, of shared views and of text
/// shown to anyone else.
extension Session {
    /// After an answer (or own additions) is saved: when what was typed holds distress, the flag is raised,
    /// and the check-in comes next.
    mutating func noticeDistress(
        in value: AnswerValue, _ q: Question, person p: PersonID, now: Moment, into reply: inout Reply
    ) {
        guard holdsDistress(value, author: p) else { return }
        checkIn(person: p, about: q.id, now: now, into: &reply)
    }

    /// A suggestion for a joint answer that holds distress is not put on the table, where the partner
    /// would see it: the flag and the check-in, and the question is asked again. nil: nothing noticed.
    mutating func holdBackDistressedProposal(_ value: AnswerValue, _ q: Question, person p: PersonID, now: Moment)
        -> Reply?
    {
        guard holdsDistress(value, author: p) else { return nil }
        var reply = Reply()
        if let ask = phase.ask { phase = .asking(ask) }
        checkIn(person: p, about: q.id, now: now, into: &reply)
        reply.merge(advance(now: now))
        return reply
    }

    /// New wording for a card line that holds distress is not kept on the card: the flag and the check-in,
    /// and the line stays as it was. nil: nothing noticed.
    mutating func holdBackDistressedReword(_ text: String, line: String, now: Moment) -> Reply? {
        let author = record.people.first?.id ?? .first
        guard holdsDistress(.text(text), author: author) else { return nil }
        var reply = Reply()
        checkIn(person: author, about: "card.\(line)", now: now, into: &reply)
        reply.merge(advance(now: now))
        return reply
    }

    /// New words for a standing agreement (a check-in's keep / change / drop) that hold distress are
    /// neither kept nor put to both to agree: the flag and the check-in come first, and the agreement is
    /// offered again as it was. Practising, the flag is the person's own. Together, the words were typed
    /// on the shared screen by one of the two, so the check-in is there too, with the same easy way out
    /// for both (a break, or stop); the words themselves are not recorded. nil: nothing noticed.
    mutating func holdBackDistressedRevision(_ kind: StandingKind, typed: [String], now: Moment) -> Reply? {
        let author: PersonID? = record.mode == .practice ? record.people.first?.id ?? .first : nil
        let names = record.people.filter { $0.id != author }.compactMap(\.name)
        guard DistressPhrases.matchesAny(typed, names: names) else { return nil }
        var reply = Reply()
        phase = .reviewing(kind)
        let question = "review.\(kind.rawValue)"
        if !record.hasFlag(Record.distressFlag, by: author, question: question) {
            commit(
                Event(
                    .flagged, at: now, question: question, by: author, flag: Record.distressFlag,
                    text: CareText.distressFlag),
                into: &reply)
        }
        reply.merge(advance(now: now))
        return reply
    }

    /// Whether a card line's text uses an answer kept to its author (such a line is left off the card).
    func usesWithheldAnswer(_ template: Template, author: PersonID) -> Bool {
        template.references.contains { record.isWithheld(question: $0.path[0], by: author) }
    }

    private func holdsDistress(_ value: AnswerValue, author: PersonID) -> Bool {
        let others = record.people.filter { $0.id != author }.compactMap(\.name)
        return DistressPhrases.matchesAny(typedText(value), names: others)
    }

    /// What a person typed in an answer: text, lines, their own additions to a list.
    private func typedText(_ value: AnswerValue) -> [String] {
        switch value {
        case .text(let s): [s]
        case .lines(let lines): lines
        case .ratings(let sheet): sheet.additions ?? []
        case .option, .options, .number, .date, .bool, .skipped: []
        }
    }

    /// Records the flag (once per person and question). The check-in itself is the warning prompt that
    /// follows (Session+Warning): shown to the author alone, with the offer to take a break or stop.
    private mutating func checkIn(person p: PersonID, about question: String, now: Moment, into reply: inout Reply) {
        guard !record.hasFlag(Record.distressFlag, by: p, question: question) else { return }
        commit(
            Event(.flagged, at: now, question: question, by: p, flag: Record.distressFlag, text: CareText.distressFlag),
            into: &reply)
    }
}
