import TalkScript

/// What changed in a talk's script since a record was begun with it, as far as the record can tell, so
/// resume can say so briefly. Pure: the record and the script now, nothing else. Answers are matched by
/// question id, so the only things that matter are these three:
public struct ScriptChanges: Sendable, Equatable {
    /// Whether the script's content hash differs from the one the record was begun with.
    public var changed: Bool
    public var fromVersion: Int
    public var toVersion: Int
    /// Unanswered questions the talk now asks before the furthest one already answered: new in the
    /// script (the record can't tell a new question after that point from one not reached yet, and
    /// those are simply asked when the talk gets there).
    public var newQuestions: [String]
    /// Questions answered under another kind (a text that became a choice): asked again.
    public var changedKind: [String]
    /// Questions answered that the script no longer has: the answers are kept, and shown as from an
    /// earlier version of the talk.
    public var removed: [String]

    public init(record: Record, script: Script, hash: String) {
        changed = record.talk.hash != hash
        fromVersion = record.talk.version
        toVersion = script.version
        newQuestions = []
        changedKind = []
        removed = []
        guard changed else { return }

        let asked = Set(script.questions.map(\.id))
        removed = record.answers.keys.filter { !asked.contains($0) && !(record.answers[$0]?.isEmpty ?? true) }.sorted()

        // The script's questions in order, with whether this record's talk would ask them.
        let today = record.updated.local.date
        let everyone = Facts(script: script, record: record, person: nil, today: today)
        var order: [(question: Question, asked: Bool)] = []
        for step in script.steps {
            let stepHolds = step.condition.map(everyone.holds) ?? true
            for case .ask(let q) in step.nodes {
                let askedSomeone =
                    stepHolds
                    && record.people.contains { p in
                        q.condition.map { Facts(script: script, record: record, person: p.id, today: today).holds($0) }
                            ?? true
                    }
                order.append((q, askedSomeone))
            }
        }
        func answers(_ q: Question) -> [Answer] { Array((record.answers[q.id] ?? [:]).values) }
        func fits(_ a: Answer, _ q: Question) -> Bool { a.kind.isEmpty || a.isKind(q.kind.name) }

        changedKind = order.filter { item in
            item.asked && answers(item.question).contains { !fits($0, item.question) }
        }.map(\.question.id)
        let furthest = order.lastIndex { item in answers(item.question).contains { fits($0, item.question) } } ?? -1
        newQuestions = order.prefix(max(0, furthest)).filter { $0.asked && answers($0.question).isEmpty }.map(
            \.question.id)
    }

    /// Nothing worth saying: the same script, or one whose changes don't touch this talk.
    public var isEmpty: Bool { newQuestions.isEmpty && changedKind.isEmpty && removed.isEmpty }

    /// A few words for the person resuming, or nil when the script is the same.
    public var summary: String? {
        guard changed else { return nil }
        let versions = fromVersion == toVersion ? "" : " (version \(fromVersion), now \(toVersion))"
        guard !isEmpty else {
            return "This talk's script has changed since you began\(versions). Your answers all still fit it."
        }
        var parts: [String] = []
        if !newQuestions.isEmpty {
            parts.append(ScriptChanges.count(newQuestions.count, "new question") + " to answer")
        }
        if !changedKind.isEmpty {
            parts.append(
                ScriptChanges.count(changedKind.count, "question") + " now asked in a different way, so "
                    + (changedKind.count == 1 ? "it is" : "they are") + " asked again")
        }
        if !removed.isEmpty {
            parts.append(
                ScriptChanges.count(removed.count, "answer") + " to "
                    + (removed.count == 1 ? "a question" : "questions")
                    + " the talk no longer asks, kept and shown as from an earlier version")
        }
        return "This talk's script has changed since you began\(versions): " + parts.joined(separator: "; ") + "."
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
