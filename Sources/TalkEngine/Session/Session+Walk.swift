import TalkScript

/// Finding where the talk is: walking the script from the top, passing over what is answered or not
/// asked, raising flags and applying stop rules on the way. Where the talk is follows from the answers
/// alone, which is what makes resume exact, even after the script changed.
extension Session {
    /// Moves to the next thing to ask, committing what the walk finds on the way (flags, an end).
    mutating func advance(now: Moment) -> Reply {
        var reply = Reply()
        guard record.status.isOpen else {
            current = nil
            return reply
        }
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            if let c = script.steps[entry.step].condition, !facts(for: nil).holds(c) {
                index = entries[index...].firstIndex { $0.step != entry.step } ?? entries.count
                continue
            }
            switch entry.node {
            case .say:
                break
            case .flag(let flag):
                if !record.flags.contains(where: { $0.id == flag.id }), facts(for: nil).holds(flag.condition) {
                    let message = facts(for: nil).render(flag.message)
                    commit(Event(.flagged, at: now, flag: flag.id, text: message), into: &reply)
                    reply.notes.append(Note(.flag, message))
                }
            case .stop(let rule):
                if facts(for: nil).holds(rule.condition) {
                    let message = facts(for: nil).render(rule.message)
                    commit(Event(.ended, at: now, reason: "stop rule in step \(script.steps[entry.step].id)", text: message),
                           into: &reply)
                    reply.notes.append(Note(.closing, message))
                    location = .done
                    current = nil
                    return reply
                }
            case .ask(let q):
                for p in askedPeople(q) where isAsked(q, person: p) {
                    if let part = firstOpenPart(q, person: p) {
                        location = .ask(entry: index, person: p, part: part)
                        current = makePrompt(intro: true)
                        return reply
                    }
                }
            }
            index += 1
        }
        if let line = nextCardLine() {
            location = .card(line: line)
            current = makePrompt(intro: true)
            return reply
        }
        location = .done
        // With a card, the closing words were shown before it.
        if cardLines.isEmpty { reply.notes += closingNotes() }
        commit(Event(.completed, at: now), into: &reply)
        current = nil
        return reply
    }

    /// Where the talk is, without committing anything (used when rebuilding from a record).
    func locate() -> Location {
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            if let c = script.steps[entry.step].condition, !facts(for: nil).holds(c) {
                index = entries[index...].firstIndex { $0.step != entry.step } ?? entries.count
                continue
            }
            if case .ask(let q) = entry.node {
                for p in askedPeople(q) where isAsked(q, person: p) {
                    if let part = firstOpenPart(q, person: p) { return .ask(entry: index, person: p, part: part) }
                }
            }
            index += 1
        }
        if let line = nextCardLine() { return .card(line: line) }
        return .done
    }

    /// Who answers a question, in turn.
    func askedPeople(_ q: Question) -> [String] {
        record.people.map(\.id)
    }

    func isAsked(_ q: Question, person: String) -> Bool {
        guard let c = q.condition else { return true }
        return facts(for: person).holds(c)
    }

    /// The first part of the question still to answer, or nil when it is fully answered.
    /// An answer saved under a different kind (the script changed) does not count.
    func firstOpenPart(_ q: Question, person: String) -> Part? {
        let saved = record.answer(q.id, by: person)
        guard case .rate(_, _, let additions) = q.kind else {
            return saved != nil && saved?.kind == q.kind.name ? nil : .whole
        }
        guard let saved, saved.kind == "rate" else { return .item(0) }
        if case .skipped = saved.value { return nil }
        guard case .ratings(let sheet) = saved.value else { return .item(0) }
        let catalogEntries = RatingSummary.itemKeys(question: q, script: script, additions: [])
        if let open = catalogEntries.firstIndex(where: { sheet.ratings[$0.key] == nil }) { return .item(open) }
        if additions != nil && sheet.additions == nil { return .additions }
        for i in (sheet.additions ?? []).indices where sheet.ratings[RatingSheet.additionKey(i)] == nil {
            return .item(catalogEntries.count + i)
        }
        return nil
    }

    /// The questions before `entry` that this person was asked, nearest first (for `:back`).
    func earlierAsked(before entry: Int, person: String) -> Int? {
        var i = entry - 1
        while i >= 0 {
            if case .ask(let q) = entries[i].node, record.answer(q.id, by: person) != nil,
               script.steps[entries[i].step].condition.map({ facts(for: nil).holds($0) }) ?? true,
               isAsked(q, person: person) {
                return i
            }
            i -= 1
        }
        return nil
    }
}
