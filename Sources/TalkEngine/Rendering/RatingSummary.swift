import TalkScript

/// A person's ratings grouped by value, in the scale's order, with items worded for sentences
/// ("spanking or paddling (receiving)"). Used by reflections, interpolation and `candor show`.
public struct RatingSummary: Sendable {
    public struct Group: Sendable, Equatable {
        public var valueId: String
        public var valueLabel: String
        public var items: [String]
    }

    public var groups: [Group]
    /// How many items were left blank.
    public var blank: Int

    public init(sheet: RatingSheet, question: Question, script: Script) {
        guard case .rate(_, let values, _) = question.kind else {
            groups = []
            blank = 0
            return
        }
        let entries = RatingSummary.itemKeys(question: question, script: script, additions: sheet.additions ?? [])
        var byValue: [String: [Entry]] = [:]
        var blanks = 0
        for entry in entries {
            guard let rated = sheet.ratings[entry.key] else { continue }
            if let v = rated { byValue[v, default: []].append(entry) } else { blanks += 1 }
        }
        groups = values.compactMap { v in
            byValue[v.id].map {
                Group(
                    valueId: v.id, valueLabel: v.label,
                    items: RatingSummary.phrases($0, conditions: sheet.conditions, tried: Set(sheet.tried ?? [])))
            }
        }
        blank = blanks
    }

    /// Entries worded for a sentence, with an item's roles rated alike said once:
    /// "spanking or paddling (giving and receiving)".
    /// A rating given with a condition keeps it beside its item: "spanking or paddling (giving) (only if we
    /// go slow)".
    static func phrases(_ entries: [Entry], conditions: [String: String]? = nil, tried: Set<String> = []) -> [String] {
        var out: [String] = []
        var i = 0
        while i < entries.count {
            let e = entries[i]
            if conditions?[e.key] != nil || tried.contains(e.key) {
                let notes = [tried.contains(e.key) ? "tried before" : nil, conditions?[e.key]].compactMap { $0 }
                out.append("\(e.phrase) (\(notes.joined(separator: "; ")))")
                i += 1
                continue
            }
            var roles = e.role.map { [$0] } ?? []
            var j = i + 1
            while j < entries.count, e.role != nil, entries[j].itemId == e.itemId, let r = entries[j].role,
                conditions?[entries[j].key] == nil, !tried.contains(entries[j].key)
            {
                roles.append(r)
                j += 1
            }
            if roles.count > 1, let item = e.item {
                out.append("\(AnswerText.inSentence(item.label)) (\(AnswerText.joinedList(roles)))")
            } else {
                out.append(e.phrase)
            }
            i = j
        }
        return out
    }

    /// One entry per thing to rate: catalog items (once per role), then the person's own additions.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var itemId: String
        public var role: String?
        public var label: String
        /// The label worded for a sentence, with its role: "spanking or paddling (receiving)".
        public var phrase: String
        public var item: CatalogItem?
    }

    public static func itemKeys(question: Question, script: Script, additions: [String]) -> [Entry] {
        guard case .rate(let catalogId, _, _) = question.kind, let catalog = script.catalog(catalogId) else {
            return []
        }
        var out: [Entry] = []
        for item in catalog.items {
            if item.roles.isEmpty {
                out.append(
                    Entry(
                        key: item.id, itemId: item.id, role: nil, label: item.label,
                        phrase: AnswerText.inSentence(item.label), item: item))
            } else {
                for role in item.roles {
                    out.append(
                        Entry(
                            key: "\(item.id).\(role)", itemId: item.id, role: role, label: "\(item.label) (\(role))",
                            phrase: "\(AnswerText.inSentence(item.label)) (\(role))", item: item))
                }
            }
        }
        for (i, added) in additions.enumerated() {
            let key = RatingSheet.additionKey(i)
            out.append(Entry(key: key, itemId: key, role: nil, label: added, phrase: added, item: nil))
        }
        return out
    }
}
