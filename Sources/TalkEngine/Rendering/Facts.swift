import TalkScript

/// Whose point of view a condition or a text is read from.
enum Viewpoint: Sendable, Equatable {
    /// One person's: their own private answers, and the answers everyone shares. A person's private turn.
    case person(PersonID)
    /// A screen everyone sees. In a together talk a test on a private (`each`) answer holds only when it
    /// holds for every person ("both"), so it never gives away what one of them said alone.
    case shared
}

/// What conditions and interpolations can see: the script, the answers so far, the mode, and whose
/// point of view the text is for.
struct Facts {
    let script: Script
    let record: Record
    let viewpoint: Viewpoint
    /// Who `{name}` and `{partner}` speak to: the person, or on a shared screen the one the prompt is for.
    let addressee: PersonID?
    let today: CivilDate?

    init(script: Script, record: Record, viewpoint: Viewpoint, addressee: PersonID? = nil, today: CivilDate?) {
        self.script = script
        self.record = record
        self.viewpoint = viewpoint
        if case .person(let p) = viewpoint { self.addressee = p } else { self.addressee = addressee }
        self.today = today
    }

    /// For views of a whole record (RecordView): a person's point of view, or the shared one when nil.
    init(script: Script, record: Record, person: PersonID?, today: CivilDate?) {
        self.init(script: script, record: record, viewpoint: person.map { .person($0) } ?? .shared, today: today)
    }

    /// Whether a question's answers are one person's own: an `each` question of a together talk.
    func isPrivate(_ question: String) -> Bool {
        record.mode == .together && script.question(question)?.who == .each
    }

    /// Whose answers a reference to `question` reads: the person's own, else everyone's. In a together
    /// talk a private answer is never read on someone else's behalf: what a person is asked (and how
    /// many questions their step has) must not change with what their partner answered in private.
    /// An answer kept to its author (docs/care.md) reads as skipped to anyone else: in text, and in a
    /// together talk's conditions (practising alone, a condition is the author's own business).
    private func answers(_ question: String, quoting: Bool = false) -> [AnswerValue] {
        guard let byPerson = record.answers[question] else { return [] }
        switch viewpoint {
        case .person(let p):
            if let own = byPerson[p] { return [own.value] }
            if isPrivate(question) { return [] }
        case .shared:
            break
        }
        return record.people.compactMap { other in
            (quoting || record.mode == .together) && record.isWithheld(question: question, by: other.id)
                ? nil : byPerson[other.id]?.value
        }
    }

    /// This person's own answer, whatever the point of view (for "both").
    private func answers(_ question: String, of person: PersonID) -> [AnswerValue] {
        if record.isWithheld(question: question, by: person) { return [] }
        return record.answers[question]?[person].map { [$0.value] } ?? []
    }

    /// The values a reference has, as words (ids, yes/no, text) or a number; empty when unanswered.
    func values(_ ref: Reference) -> [String] {
        values(ref, in: answers(ref.path[0]))
    }

    private func values(_ ref: Reference, in answers: [AnswerValue]) -> [String] {
        let path = ref.path
        if path == ["mode"] { return [record.mode.rawValue] }
        if path == ["flagged"] { return flagsSeen.isEmpty ? [] : ["yes"] }
        guard let q = script.question(path[0]) else { return [] }
        var out: [String] = []
        for value in answers {
            out += Facts.values(of: value, path: Array(path.dropFirst()), question: q, script: script)
        }
        return out
    }

    static func values(of value: AnswerValue, path: [String], question: Question, script: Script) -> [String] {
        switch value {
        case .skipped: return []
        case .text(let s): return s.isEmpty ? [] : [s]
        case .lines(let items): return items
        case .option(let id): return [id]
        case .options(let ids): return ids
        case .number(let n): return [String(n)]
        case .date(let d): return [d.iso]
        case .bool(let b): return [b ? "yes" : "no"]
        case .ratings(let sheet):
            guard let first = path.first else {
                return sheet.ratings.values.compactMap { $0 }.isEmpty ? [] : ["rated"]
            }
            let entries = RatingSummary.itemKeys(question: question, script: script, additions: sheet.additions ?? [])
            if entries.contains(where: { $0.itemId == first }) {
                // RATE.ITEM or RATE.ITEM.ROLE: the rating value(s)
                let keys = entries.filter { $0.itemId == first && (path.count < 2 || $0.role == path[1]) }.map(\.key)
                return keys.compactMap { sheet.ratings[$0] ?? nil }
            }
            // RATE.VALUE: the items rated that value
            return entries.filter { sheet.ratings[$0.key] == .some(first) }.map(\.itemId)
        }
    }

    func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .not(let c): return !holds(c)
        case .and(let a, let b): return holds(a) && holds(b)
        case .or(let a, let b): return holds(a) || holds(b)
        case .refused(let r):
            // Only from one person's point of view: refused by someone else.
            guard case .person(let p) = viewpoint, let refusers = record.agreements[r.head]?.refusedBy else {
                return false
            }
            return refusers.contains { $0 != p }
        case .answered(let r), .compare(let r, _, _), .oneOf(let r, _), .contains(let r, _):
            // "Both": each test on a private answer, on its own, must hold for every person.
            if viewpoint == .shared, isPrivate(r.head) {
                return record.people.allSatisfy { Facts.test(condition, values(r, in: answers(r.head, of: $0.id))) }
            }
            return Facts.test(condition, values(r))
        }
    }

    /// One test (not `and`, `or`, `not`) on the values its reference has.
    private static func test(_ condition: Condition, _ vs: [String]) -> Bool {
        switch condition {
        case .answered: return !vs.isEmpty
        case .compare(_, let op, let lit):
            switch op {
            case .equal: return vs.contains(lit.text)
            case .notEqual: return !vs.isEmpty && !vs.contains(lit.text)
            default:
                guard case .number(let n) = lit.value else { return false }
                return vs.compactMap { Int($0) }.contains { v in
                    switch op {
                    case .less: v < n
                    case .lessOrEqual: v <= n
                    case .greater: v > n
                    case .greaterOrEqual: v >= n
                    default: false
                    }
                }
            }
        case .oneOf(_, let lits): return lits.contains { vs.contains($0.text) }
        case .contains(_, let lit): return vs.contains(lit.text)
        case .not, .and, .or, .refused: return false
        }
    }

    /// The warning signs this point of view may know of: a person's own and everyone's; on a shared screen,
    /// only everyone's (practising alone, all of them).
    var flagsSeen: [RaisedFlag] {
        if record.mode == .practice { return record.flags }
        switch viewpoint {
        case .person(let p): return record.flags.filter { $0.by == nil || $0.by == p }
        case .shared: return record.flags.filter { $0.by == nil }
        }
    }

    /// Renders text for this point of view; unanswered references become empty.
    func render(_ template: Template) -> String {
        template.render { resolve($0) }
    }

    /// True when every reference in the template has a value (card lines are left out otherwise).
    func allReferencesHaveValues(_ template: Template) -> Bool {
        template.references.allSatisfy { resolve($0)?.isEmpty == false }
    }

    func resolve(_ ref: Reference) -> String? {
        switch ref.path[0] {
        case "name":
            return addressee.flatMap { record.person($0)?.name } ?? (record.mode == .practice ? "you" : nil)
        case "partner":
            if let p = addressee, let other = record.people.first(where: { $0.id != p }), let n = other.name {
                return n
            }
            return "your partner"
        case "mode":
            return record.mode.rawValue
        default:
            guard let q = script.question(ref.path[0]) else { return nil }
            let path = Array(ref.path.dropFirst())
            let values = answers(q.id, quoting: true)
            if viewpoint == .shared, isPrivate(q.id) {
                // Shown to everyone only when the question is revealed anyway (`candor check`, E015).
                guard q.reveal, path.isEmpty else { return nil }
                let texts = values.compactMap { AnswerText.render($0, for: q, script: self.script, today: self.today) }
                var distinct: [String] = []
                for t in texts where !distinct.contains(t) { distinct.append(t) }
                return distinct.isEmpty ? nil : AnswerText.joinedList(distinct)
            }
            if path.isEmpty {
                return values.lazy.compactMap { AnswerText.render($0, for: q, script: self.script, today: self.today) }
                    .first
            }
            // RATE.VALUE -> the labels of items rated that value
            for case .ratings(let sheet) in values {
                let entries = RatingSummary.itemKeys(question: q, script: script, additions: sheet.additions ?? [])
                if entries.contains(where: { $0.itemId == path[0] }) {
                    let ids = Facts.values(of: .ratings(sheet), path: path, question: q, script: script)
                    return ids.isEmpty ? nil : AnswerText.joinedList(ids.map { ratingLabel($0, q) ?? $0 })
                }
                let phrases = RatingSummary.phrases(entries.filter { sheet.ratings[$0.key] == .some(path[0]) })
                return phrases.isEmpty ? nil : AnswerText.joinedList(phrases)
            }
            return nil
        }
    }

    private func ratingLabel(_ id: String, _ q: Question) -> String? {
        guard case .rate(_, let values, _) = q.kind else { return nil }
        return values.first { $0.id == id }.map { AnswerText.inSentence($0.label) }
    }
}
