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

    public mutating func apply(_ event: Event) {
        updated = max(updated, event.at)
        switch event.type {
        case .started:
            break
        case .answered:
            guard let q = event.question, let by = event.by, let value = event.value else { return }
            answers[q, default: [:]][by] = Answer(value: value, at: event.at, kind: event.kindName ?? "",
                                                  talkVersion: talk.version)
            reopenIfPaused()
        case .rated, .added:
            guard let q = event.question, let by = event.by else { return }
            var sheet = RatingSheet()
            if case .ratings(let existing) = answers[q]?[by]?.value { sheet = existing }
            if event.type == .rated, let item = event.item {
                if case .option(let v) = event.value { sheet.ratings[item] = .some(v) } else { sheet.ratings[item] = .some(nil) }
            } else if case .lines(let items) = event.value {
                sheet.additions = items
            }
            answers[q, default: [:]][by] = Answer(value: .ratings(sheet), at: event.at, kind: QuestionKindName.rate.rawValue,
                                                  talkVersion: talk.version)
            reopenIfPaused()
        case .flagged:
            guard let f = event.flag, !hasFlag(f, by: event.by, question: event.question) else { return }
            flags.append(RaisedFlag(id: f, at: event.at, message: event.text ?? "", by: event.by, question: event.question))
        case .carriedOn:
            guard let f = event.flag,
                  let i = flags.firstIndex(where: { $0.matches(id: f, by: event.by, question: event.question) }) else { return }
            flags[i].carriedOn = true
        case .proposed:
            guard let q = event.question, let by = event.by, let value = event.value else { return }
            // A new suggestion replaces what was on the table; how often someone said no, and who would not
            // agree at all, carry over.
            var a = Agreement(value: value, proposedBy: by, consents: [Consent(by: by, at: event.at)])
            a.declines = agreements[q]?.declines
            a.refusedBy = agreements[q]?.refusedBy
            if value == .bool(false) { a.noteRefusal(by: by) }
            agreements[q] = a
            reopenIfPaused()
        case .declined:
            guard let q = event.question, let by = event.by, var a = agreements[q] else { return }
            a.declinedBy = by
            a.consents = []
            a.declines = (a.declines ?? 0) + 1
            agreements[q] = a
        case .leftOpen:
            guard let q = event.question, let reason = event.reason.flatMap(LeftOpen.Reason.init(rawValue:)) else { return }
            var a = agreements[q] ?? Agreement()
            a.leftOpen = LeftOpen(by: event.by, reason: reason, at: event.at)
            a.declinedBy = nil
            // Leaving it once something was suggested by someone else is not agreeing to it at all.
            if let by = event.by, reason != .disagreed, a.value != nil, a.proposedBy != by { a.noteRefusal(by: by) }
            agreements[q] = a
        case .agreed:
            guard let q = event.question, let by = event.by, var a = agreements[q], let value = a.value else { return }
            if value == .bool(false) { a.noteRefusal(by: by) }
            if !a.consents.contains(where: { $0.by == by }) { a.consents.append(Consent(by: by, at: event.at)) }
            a.agreed = people.allSatisfy { p in a.consents.contains { $0.by == p.id } }
            agreements[q] = a
            if a.agreed {
                // The agreed value is everyone's answer, so conditions and text can use it like any other.
                for p in people {
                    answers[q, default: [:]][p.id] = Answer(value: value, at: event.at, kind: event.kindName ?? "",
                                                            talkVersion: talk.version)
                }
            }
        case .revealed:
            guard let q = event.question, !revealed.contains(q) else { return }
            revealed.append(q)
        case .reworded:
            guard let line = event.line, case .text(let t) = event.value else { return }
            card[line, default: CardLineState()].reworded = t
        case .rehearsed:
            guard let line = event.line else { return }
            card[line, default: CardLineState()].rehearsed = true
        case .slowed, .paused, .resumed, .stopped, .ended, .completed:
            events.append(Milestone(type: event.type, at: event.at, by: event.by, question: event.question,
                                    reason: event.reason ?? event.text))
            switch event.type {
            case .paused: status = .paused
            case .resumed: status = .inProgress
            case .stopped: status = .stopped
            case .ended: status = .ended
            case .completed: status = .complete
            default: break
            }
        }
    }

    private mutating func reopenIfPaused() {
        if status == .paused { status = .inProgress }
    }
}
