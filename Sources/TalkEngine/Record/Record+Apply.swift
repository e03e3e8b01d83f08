import TalkScript

/// Folding events into the record. Resume is "fold the journal, then ask the session what comes next".
extension Record {
    /// Builds a record from a journal's events; the first must be `started`.
    public static func fold(id: String, events: [Event]) -> Record? {
        guard let first = events.first, first.type == .started else { return nil }
        var record = Record(id: id, started: first)
        for event in events.dropFirst() { record.apply(event) }
        return record
    }

    /// Folds one event in. Events come from the session or from a journal whose every entry was checked
    /// to have a payload (`Event.payload`), so one without is a bug, not something to skip quietly.
    /// `opened`: a sealed line being folded in after the plain ones (`open(_:for:)`): it never changes
    /// the talk's status, which plain events alone decide.
    public mutating func apply(_ event: Event, opened: Bool = false) {
        guard let payload = event.payload else {
            assertionFailure("an event without the fields its type needs: \(event)")
            return
        }
        updated = max(updated, event.at)
        switch payload {
        case .started:
            break
        case .answered(let q, let by, let value, let kind):
            answers[q, default: [:]][by] = Answer(value: value, at: event.at, kind: kind, talkVersion: talk.version)
            if !opened { reopenIfPaused() }
        case .rated(let q, let by, let item, let rating, let condition, let tried):
            var sheet = ratingSheet(q, by)
            sheet.ratings[item] = .some(rating)
            var conditions = sheet.conditions ?? [:]
            conditions[item] = condition
            sheet.conditions = conditions.isEmpty ? nil : conditions
            var triedKeys = (sheet.tried ?? []).filter { $0 != item }
            if tried { triedKeys.append(item) }
            sheet.tried = triedKeys.isEmpty ? nil : triedKeys
            setRatings(sheet, q, by, at: event.at, opened: opened)
        case .added(let q, let by, let items):
            var sheet = ratingSheet(q, by)
            sheet.additions = items
            setRatings(sheet, q, by, at: event.at, opened: opened)
        case .flagged(let f, let by, let question, let text):
            guard !hasFlag(f, by: by, question: question) else { return }  // raised once
            flags.append(RaisedFlag(id: f, at: event.at, message: text, by: by, question: question))
        case .carriedOn(let f, let by, let question):
            guard let i = flags.firstIndex(where: { $0.matches(id: f, by: by, question: question) }) else { return }
            flags[i].carriedOn = true
        case .proposed(let q, let by, let value):
            // A new suggestion replaces what was on the table; how often someone said no, and who would not
            // agree at all, carry over.
            var a = Agreement(value: value, proposedBy: by, consents: [Consent(by: by, at: event.at)])
            a.declines = agreements[q]?.declines
            a.refusedBy = agreements[q]?.refusedBy
            if value == .bool(false) { a.noteRefusal(by: by) }
            agreements[q] = a
            reopenIfPaused()
        case .declined(let q, let by):
            guard var a = agreements[q] else { return }  // nothing on the table to decline
            a.declinedBy = by
            a.consents = []
            a.declines = (a.declines ?? 0) + 1
            agreements[q] = a
        case .leftOpen(let q, let by, let reason):
            var a = agreements[q] ?? Agreement()
            a.leftOpen = LeftOpen(by: by, reason: reason, at: event.at)
            a.declinedBy = nil
            // Leaving it once something was suggested by someone else is not agreeing to it at all.
            if let by, reason != .disagreed, a.value != nil, a.proposedBy != by { a.noteRefusal(by: by) }
            agreements[q] = a
        case .agreed(let q, let by, let kind):
            guard var a = agreements[q], let value = a.value else { return }  // nothing on the table to agree to
            if value == .bool(false) { a.noteRefusal(by: by) }
            if !a.consents.contains(where: { $0.by == by }) { a.consents.append(Consent(by: by, at: event.at)) }
            a.agreed = people.allSatisfy { p in a.consents.contains { $0.by == p.id } }
            agreements[q] = a
            if a.agreed {
                // The agreed value is everyone's answer, so conditions and text can use it like any other.
                for p in people {
                    answers[q, default: [:]][p.id] = Answer(
                        value: value, at: event.at, kind: kind, talkVersion: talk.version)
                }
            }
        case .revealed(let q, let text):
            if !revealed.contains(q) { revealed.append(q) }
            if let text { reveals = (reveals ?? [:]).merging([q: text]) { _, new in new } }
        case .keyed(let by, let key):
            keys = (keys ?? [:]).merging([by: key]) { _, new in new }
        case .reviewed(let kind, let outcome, let value, let repeats):
            reviews =
                (reviews ?? []) + [Review(kind: kind, outcome: outcome, value: value, repeats: repeats, at: event.at)]
        case .turnEnded(let run, let by):
            var done = turns ?? [:]
            if done[run]?.contains(by) != true { done[run, default: []].append(by) }
            turns = done
        case .reworded(let line, let text):
            card[line, default: CardLineState()].reworded = text
        case .rehearsed(let line):
            card[line, default: CardLineState()].rehearsed = true
        case .milestone(let milestone):
            events.append(milestone)
            switch milestone.type {
            case .paused: status = .paused
            case .resumed: status = .inProgress
            case .stopped: status = .stopped
            case .ended: status = .ended
            case .completed: status = .complete
            default: break
            }
        }
    }

    private func ratingSheet(_ q: String, _ by: PersonID) -> RatingSheet {
        if case .ratings(let existing) = answers[q]?[by]?.value { return existing }
        return RatingSheet()
    }

    private mutating func setRatings(_ sheet: RatingSheet, _ q: String, _ by: PersonID, at: Moment, opened: Bool) {
        answers[q, default: [:]][by] = Answer(
            value: .ratings(sheet), at: at, kind: QuestionKindName.rate.rawValue,
            talkVersion: talk.version)
        if !opened { reopenIfPaused() }
    }

    private mutating func reopenIfPaused() {
        if status == .paused { status = .inProgress }
    }
}
