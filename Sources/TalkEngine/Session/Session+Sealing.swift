import TalkScript

/// A sealed talk, from the session's side: it never sees a key or a passphrase. It says whose private
/// answers it needs (`personToUnlock`) and whose key its next events are sealed with (`keyHolder`); the
/// host unlocks or asks for a passphrase, then hands over the opened events (`open`) or the new wrapped
/// key (`keyed`).
extension Session {
    /// Whose private answers the talk needs before it can go on (a sealed talk resumed, or a reveal).
    public var personToUnlock: PersonID? {
        if case .unlocking(let person) = phase { person } else { nil }
    }

    /// Whose key what is typed now will be sealed with, so the host can make sure it is at hand (asking
    /// for the passphrase, or for a new one) before reading anything; nil when it is written plain.
    public var keyHolder: PersonID? {
        switch record.sealing {
        case nil:
            return nil
        case .whole?:
            return phase == .over ? nil : record.people.first?.id
        case .privateAnswers?:
            if case .warned(let flag) = phase { return record.flags[flag].by }
            guard let ask = phase.ask, let q = currentQuestion, record.mode == .together, q.who == .each,
                !script.isReadiness(question: q.id)
            else { return nil }
            return ask.person
        }
    }

    /// A person's opened lines, in journal order: folded in, and the place found again.
    public mutating func open(_ events: [Event], for person: PersonID, now: Moment) -> Reply {
        record.open(events, for: person)
        settled = 0
        guard case .unlocking = phase else { return Reply() }
        return advance(now: now)
    }

    /// A person chose a passphrase: their data key, wrapped under it, goes into the record (plain).
    public mutating func keyed(_ person: PersonID, key: StoredKey, now: Moment) -> Reply {
        var reply = Reply()
        commit(Event(.keyed, at: now, by: person, key: key), into: &reply)
        return reply
    }
}
