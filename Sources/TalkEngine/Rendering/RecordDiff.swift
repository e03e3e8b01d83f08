import TalkScript

/// What changed between two talks of the same people: answers changed, added or no longer given,
/// and ratings item by item. Pure; built on `RecordView`, so a together talk is compared only as both
/// partners have seen it (agreements and reveals) unless `everything`.
public struct RecordDiff: Sendable {
    public struct Change: Sendable, Equatable {
        public var step: String
        public var question: String
        /// Whose answer (a name), or nil for a shared one.
        public var person: String?
        public var before: String?
        public var after: String?
    }

    public var changes: [Change]

    public init(old: Record, new: Record, script: Script?, everything: Bool = false) {
        // Each talk as its own view shows it: a practice talk whole, a together one shared unless everything.
        let before = RecordDiff.flatten(old, script: script, everything: everything || old.mode == .practice)
        let after = RecordDiff.flatten(new, script: script, everything: everything || new.mode == .practice)
        var changes: [Change] = []
        var seen = Set<String>()
        for item in after + before where !seen.contains(item.key) {
            seen.insert(item.key)
            let b = before.first { $0.key == item.key }?.text
            let a = after.first { $0.key == item.key }?.text
            if a != b {
                changes.append(
                    Change(step: item.step, question: item.question, person: item.person, before: b, after: a))
            }
        }
        self.changes = changes
    }

    private struct Item {
        var key: String
        var step: String
        var question: String
        /// Whose answer: a name, nil for a shared answer or practising alone.
        var person: String?
        var text: String
    }

    /// One entry per answer (and, for ratings, per rated item), keyed so that the two talks line up:
    /// by question id, item, and the person's name (ids differ between talks; names do not).
    private static func flatten(_ record: Record, script: Script?, everything: Bool) -> [Item] {
        let view = RecordView(record: record, script: script, everything: everything)
        var items: [Item] = []
        for section in view.sections {
            for entry in section.entries {
                let q = script?.question(entry.questionId)
                for (speaker, text) in entry.answers {
                    let personId: PersonID?
                    if case .person(let id) = speaker { personId = id } else { personId = nil }
                    let name = personId.map { record.person($0)?.name ?? "you" }
                    let who = name ?? "both"
                    if everything, let q, let personId,
                        case .ratings(let sheet)? = record.answer(q.id, by: personId)?.value, let script
                    {
                        for e in RatingSummary.itemKeys(question: q, script: script, additions: sheet.additions ?? []) {
                            let value =
                                (sheet.ratings[e.key] ?? nil).map { v in
                                    if case .rate(_, let values, _) = q.kind {
                                        values.first { $0.id == v }?.label ?? v
                                    } else {
                                        v
                                    }
                                } ?? "blank"
                            // Own additions are keyed by their words, not their position.
                            let itemKey = e.item == nil ? "own:" + e.label.lowercased() : e.key
                            items.append(
                                Item(
                                    key: "\(q.id)/\(itemKey)/\(who)", step: section.title, question: e.label,
                                    person: name, text: value))
                        }
                        continue
                    }
                    items.append(
                        Item(
                            key: "\(entry.questionId)/\(who)", step: section.title, question: entry.question,
                            person: name, text: text))
                }
            }
        }
        return items
    }
}
