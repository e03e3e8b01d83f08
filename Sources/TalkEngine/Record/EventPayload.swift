import TalkScript

/// What an event says, by its type, with exactly the fields that type needs: what `Record.apply` folds.
/// The journal keeps events flat (`Event`, one JSON object a line, the same bytes as always); an entry
/// whose fields do not make one of these is damage, refused when the journal is read, never dropped
/// silently while folding.
public enum EventPayload: Sendable, Equatable {
    case started
    case answered(question: String, by: PersonID, value: AnswerValue, kind: String)
    /// One item of a rating list; `rating` nil: left blank.
    case rated(question: String, by: PersonID, item: String, rating: String?, condition: String?, tried: Bool)
    case added(question: String, by: PersonID, items: [String])
    case flagged(flag: String, by: PersonID?, question: String?, text: String)
    case carriedOn(flag: String, by: PersonID?, question: String?)
    case proposed(question: String, by: PersonID, value: AnswerValue)
    case declined(question: String, by: PersonID)
    case leftOpen(question: String, by: PersonID?, reason: LeftOpen.Reason)
    case agreed(question: String, by: PersonID, kind: String)
    /// `text`: the comparison as it was shown, kept so views of a sealed talk show it without opening anything.
    case revealed(question: String, text: String?)
    case keyed(by: PersonID, key: StoredKey)
    case turnEnded(run: String, by: PersonID)
    case reviewed(StandingKind, Review.Outcome, value: AnswerValue?, repeats: Repeat?)
    case reworded(line: String, text: String)
    case rehearsed(line: String)
    /// Slowed, paused, resumed, stopped, ended, completed: kept in the record's timeline as they are.
    case milestone(Milestone)
}

extension Event {
    /// The event by its type; nil when a field its type needs is missing or of the wrong shape.
    public var payload: EventPayload? {
        switch type {
        case .started:
            guard talk != nil, mode != nil, people != nil else { return nil }
            return .started
        case .answered:
            guard let question, let by, let value else { return nil }
            return .answered(question: question, by: by, value: value, kind: kindName ?? "")
        case .rated:
            guard let question, let by, let item else { return nil }
            switch value {
            case .option(let v)?:
                return .rated(
                    question: question, by: by, item: item, rating: v, condition: text,
                    tried: reason == Event.triedBefore)
            case .skipped?, nil:
                return .rated(question: question, by: by, item: item, rating: nil, condition: nil, tried: false)
            default: return nil
            }
        case .added:
            guard let question, let by, case .lines(let items)? = value else { return nil }
            return .added(question: question, by: by, items: items)
        case .flagged:
            guard let flag else { return nil }
            return .flagged(flag: flag, by: by, question: question, text: text ?? "")
        case .carriedOn:
            guard let flag else { return nil }
            return .carriedOn(flag: flag, by: by, question: question)
        case .proposed:
            guard let question, let by, let value else { return nil }
            return .proposed(question: question, by: by, value: value)
        case .declined:
            guard let question, let by else { return nil }
            return .declined(question: question, by: by)
        case .leftOpen:
            guard let question, let reason = reason.flatMap(LeftOpen.Reason.init(rawValue:)) else { return nil }
            return .leftOpen(question: question, by: by, reason: reason)
        case .agreed:
            guard let question, let by else { return nil }
            return .agreed(question: question, by: by, kind: kindName ?? "")
        case .revealed:
            guard let question else { return nil }
            return .revealed(question: question, text: text)
        case .keyed:
            guard let by, let key else { return nil }
            return .keyed(by: by, key: key)
        case .turnEnded:
            guard let by, let question else { return nil }
            return .turnEnded(run: question, by: by)
        case .reviewed:
            guard let standing, let outcome = reason.flatMap(Review.Outcome.init(rawValue:)) else { return nil }
            if outcome == .changed, value == nil { return nil }
            return .reviewed(standing, outcome, value: value, repeats: repeats)
        case .reworded:
            guard let line, case .text(let t)? = value else { return nil }
            return .reworded(line: line, text: t)
        case .rehearsed:
            guard let line else { return nil }
            return .rehearsed(line: line)
        case .slowed, .paused, .resumed, .stopped, .ended, .completed:
            return .milestone(Milestone(type: type, at: at, by: by, question: question, reason: reason ?? text))
        }
    }
}
