import TalkScript

/// A record laid out for reading: answers under their steps and questions, in the script's order,
/// worded as sentences. Pure, so `candor show` and the exports share one layout.
public struct RecordView: Sendable {
    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]
    }

    public struct Entry: Sendable, Equatable {
        public var questionId: String
        public var question: String
        /// Whose answer -> the answer as text ("skipped" included, so a skip is never mistaken for no).
        public var answers: [(speaker: Speaker, text: String)]

        public static func == (a: Entry, b: Entry) -> Bool {
            a.questionId == b.questionId && a.question == b.question
                && a.answers.map(\.speaker) == b.answers.map(\.speaker)
                && a.answers.map(\.text) == b.answers.map(\.text)
        }
    }

    /// Whose an answer in a view is: one person's, or both people's (an agreement, a reveal's result).
    public enum Speaker: Sendable, Hashable {
        case person(PersonID)
        case both
    }

    public var sections: [Section]

    /// Whose answer a line is, for the reader: a name in a talk of several people; nil when practising
    /// alone or for a shared answer (an agreement, a reveal).
    public static func speaker(_ speaker: Speaker, in record: Record) -> String? {
        guard record.people.count > 1, case .person(let person) = speaker else { return nil }
        return record.person(person)?.name ?? person.rawValue
    }
    /// The rehearsal card as it stands (practice), reworded lines included.
    public var card: [String]
    /// The warning signs this view may show: all of them, or in a together talk's shared view only those
    /// shown to both (raised by a joint answer); one raised by a private answer was shown to its person alone.
    public var flags: [String]

    /// `everything`: every answer of every person. Without it, a together talk shows only what its reveals
    /// showed and the agreements, so a record never shows one partner's private answers (or a "no") to
    /// the other.
    public init(record: Record, script: Script?, everything: Bool = true) {
        var sections: [Section] = []
        var seen = Set<String>()
        flags = record.flags.filter { record.mode == .practice || everything || $0.by == nil }.map(\.message)
        // Together, everyone may be looking: an answer kept to its author shows as skipped. Practising
        // alone, the view is the author's own.
        func hidden(_ question: String, _ person: PersonID) -> Bool {
            record.mode == .together && record.isWithheld(question: question, by: person)
        }
        if record.mode == .together && !everything {
            self.sections = script.map { RecordView.shared(record: record, script: $0) } ?? []
            card = []
            return
        }
        if let script {
            let session = Session(script: script, record: record)
            for step in script.steps {
                var entries: [Entry] = []
                for case .ask(let q) in step.nodes {
                    guard let byPerson = record.answers[q.id] else { continue }
                    seen.insert(q.id)
                    let answers = record.people.compactMap { p -> (Speaker, String)? in
                        guard let a = byPerson[p.id] else { return nil }
                        if a.value.isSkipped || hidden(q.id, p.id) { return (.person(p.id), "(skipped)") }
                        if !a.isKind(q.kind.name) {
                            return (.person(p.id), "(answered as \(a.kind) in an earlier version)")
                        }
                        return (.person(p.id), AnswerText.render(a.value, for: q, script: script) ?? "(left blank)")
                    }
                    // Together, every person's answer stands under one question: worded for both, not for the first.
                    let question =
                        record.mode == .together
                        ? Reveal.sharedWording(q.text)
                        : Facts(script: script, record: record, person: record.people.first?.id, today: nil).render(
                            q.text)
                    entries.append(Entry(questionId: q.id, question: question, answers: answers))
                }
                if !entries.isEmpty { sections.append(Section(title: step.title, entries: entries)) }
            }
            card = session.cardLines.map(\.text)
        } else {
            card = []
        }
        let older = record.answers.keys.filter { !seen.contains($0) }.sorted()
        if !older.isEmpty {
            let entries = older.map { id in
                Entry(
                    questionId: id, question: id,
                    answers: record.people.compactMap { p in
                        guard let a = record.answers[id]?[p.id] else { return nil }
                        let text: String
                        switch hidden(id, p.id) ? .skipped : a.value {
                        case .skipped: text = "(skipped)"
                        case .text(let s): text = s
                        case .lines(let l): text = l.joined(separator: "; ")
                        case .option(let o): text = o
                        case .options(let o): text = o.joined(separator: ", ")
                        case .number(let n): text = String(n)
                        case .date(let d): text = d.iso
                        case .bool(let b): text = b ? "yes" : "no"
                        case .ratings(let s):
                            text = s.ratings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value ?? "blank")" }
                                .joined(separator: ", ")
                        }
                        return (.person(p.id), text)
                    })
            }
            sections.append(Section(title: "From an earlier version of this talk", entries: entries))
        }
        self.sections = sections
    }

    /// A together talk as both partners may see it: agreements, and the reveals exactly as shown.
    private static func shared(record: Record, script: Script) -> [Section] {
        var sections: [Section] = []
        for step in script.steps {
            var entries: [Entry] = []
            for case .ask(let q) in step.nodes {
                let question = Reveal.sharedWording(q.text)
                if q.who == .both, let a = record.agreements[q.id], a.agreed, let value = a.value {
                    let by = a.proposedBy.flatMap { id in record.person(id)?.name } ?? "one of you"
                    let text =
                        (AnswerText.render(value, for: q, script: script) ?? "") + " (agreed; suggested by \(by))"
                    entries.append(Entry(questionId: q.id, question: question, answers: [(.both, text)]))
                } else if record.revealed.contains(q.id) {
                    let shown = record.reveals?[q.id] ?? Reveal.sharedText(for: q, record: record, script: script)
                    entries.append(
                        Entry(questionId: q.id, question: question.isEmpty ? q.id : question, answers: [(.both, shown)])
                    )
                }
            }
            if !entries.isEmpty { sections.append(Section(title: step.title, entries: entries)) }
        }
        return sections
    }
}
