import TalkScript

/// What conditions and interpolations can see: the script, the answers so far, the mode, and whose
/// point of view the text is for.
struct Facts {
    let script: Script
    let record: Record
    /// The person being asked (their own answers come first), or nil for text everyone sees.
    let person: String?
    let today: CivilDate?

    /// Whose answers a reference to `question` reads: the person's own, else everyone's. In a together
    /// talk a private answer is never read on someone else's behalf: what a person is asked (and how
    /// many questions their step has) must not change with what their partner answered in private.
    /// An answer kept to its author (docs/care.md) reads as skipped to anyone else: in text, and in a
    /// together talk's conditions (practising alone, a condition is the author's own business).
    private func answers(_ question: String, quoting: Bool = false) -> [AnswerValue] {
        guard let byPerson = record.answers[question] else { return [] }
        if let p = person {
            if let own = byPerson[p] { return [own.value] }
            if record.mode == .together, script.question(question)?.who == .each { return [] }
        }
        return record.people.compactMap { other in
            (quoting || record.mode == .together) && record.isWithheld(question: question, by: other.id) ? nil : byPerson[other.id]?.value
        }
    }

    /// The values a reference has, as words (ids, yes/no, text) or a number; empty when unanswered.
    func values(_ ref: Reference) -> [String] {
        let path = ref.path
        if path == ["mode"] { return [record.mode.rawValue] }
        guard let q = script.question(path[0]) else { return [] }
        var out: [String] = []
        for value in answers(q.id) {
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
        case .answered(let r): return !values(r).isEmpty
        case .compare(let r, let op, let lit):
            let vs = values(r)
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
        case .oneOf(let r, let lits):
            let vs = values(r)
            return lits.contains { vs.contains($0.text) }
        case .contains(let r, let lit): return values(r).contains(lit.text)
        case .not(let c): return !holds(c)
        case .and(let a, let b): return holds(a) && holds(b)
        case .or(let a, let b): return holds(a) || holds(b)
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
            return person.flatMap { record.person($0)?.name } ?? (record.mode == .practice ? "you" : nil)
        case "partner":
            if let p = person, let other = record.people.first(where: { $0.id != p }), let n = other.name { return n }
            return "your partner"
        case "mode":
            return record.mode.rawValue
        default:
            guard let q = script.question(ref.path[0]) else { return nil }
            let path = Array(ref.path.dropFirst())
            let values = answers(q.id, quoting: true)
            if path.isEmpty {
                return values.lazy.compactMap { AnswerText.render($0, for: q, script: self.script, today: self.today) }.first
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
