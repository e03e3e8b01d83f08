import TalkScript

/// The rehearsal card: first-person lines built from the answers, said out loud one at a time,
/// reworded until they sound like the person. Practice only.
extension Session {
    /// The card's lines that apply: their condition holds and every interpolation has a value.
    public var cardLines: [(id: String, text: String)] {
        guard record.mode == .practice, let card = script.card else { return [] }
        let author = record.people.first?.id ?? .first
        let f = facts(for: author)
        return card.lines.compactMap { line in
            guard line.condition.map(f.holds) ?? true, f.allReferencesHaveValues(line.template),
                !usesWithheldAnswer(line.template, author: author)
            else { return nil }
            return (line.id, record.card[line.id]?.reworded ?? f.render(line.template))
        }
    }

    func cardText(_ line: String) -> String {
        cardLines.first { $0.id == line }?.text ?? ""
    }

    /// Whether the talk ends by rehearsing the card. After a warning sign, rehearsing how to invite that
    /// partner would carry on as if nothing was said: the card stays in the record, and the talk's closing
    /// words (`when flagged`) say why it isn't rehearsed.
    var rehearsesCard: Bool { record.flags.isEmpty && !cardLines.isEmpty }

    func nextCardLine() -> String? {
        guard rehearsesCard else { return nil }
        return cardLines.first { record.card[$0.id]?.rehearsed != true }?.id
    }

    func cardPrompt(_ line: String, intro: Bool) -> Prompt {
        let lines = cardLines
        let index = lines.firstIndex { $0.id == line } ?? 0
        var notes: [Note] = []
        if intro && index == 0 || intro && lines.allSatisfy({ record.card[$0.id]?.rehearsed != true }) {
            notes = closingNotes()
            let title = script.card?.title ?? "My script"
            notes.append(Note(.heading, title))
            notes.append(Note(.card, lines.map(\.text).joined(separator: "\n")))
            notes.append(Note(.say, CoachText.sayEachLine))
        }
        return Prompt(
            kind: .rehearse, id: line, text: lines[index].text,
            hint: CoachText.cardLineHint(index + 1, of: lines.count),
            intro: notes, person: record.people.first ?? Participant(id: .first, name: nil),
            completions: ["r"] + Command.completions)
    }

    /// New words for a card line: kept unless empty or unchanged (or holding distress: `Session+Distress`).
    mutating func reword(_ line: String, as input: String, now: Moment) -> Reply {
        let text = input.trimmingSpaces
        guard !text.isEmpty, text != cardText(line) else { return Reply() }
        if let care = holdBackDistressedReword(text, line: line, now: now) { return care }
        var reply = Reply()
        commit(Event(.reworded, at: now, value: .text(text), line: line), into: &reply)
        return reply
    }

    mutating func rehearse(_ line: String, input: String, now: Moment) -> Reply {
        let t = input.trimmingSpaces.lowercased()
        if t == "r" || t == "reword" {
            phase = .rewording(line: line)
            return Reply()
        }
        guard t.isEmpty else { return Reply(problem: CoachText.nextLineOrReword) }
        var reply = Reply()
        commit(Event(.rehearsed, at: now, line: line), into: &reply)
        reply.merge(advance(now: now))
        return reply
    }
}
