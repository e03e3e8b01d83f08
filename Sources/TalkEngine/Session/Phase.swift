import TalkScript

extension Session {
    /// What the session is doing now. One value, so nothing can disagree: a card line is never reworded
    /// while a question is asked, an earlier answer is never revisited during a reveal. `current` is made
    /// from it and the record; the walk (`Session+Walk`) decides where a talk goes next.
    indirect enum Phase: Sendable, Equatable {
        /// Asking a question, or one part of it.
        case asking(Ask)
        /// Lines of a several-line answer (or of own additions to a list) typed so far.
        case collecting(Ask, lines: [String])
        /// An answer that drew a warning, waiting for "yes, use it anyway".
        case confirmingWarned(Ask, value: AnswerValue, reason: String)
        /// "red" or "yellow" typed where it could be a real answer: which was meant?
        case confirmingSafety(Ask, word: String)
        /// The yellow menu, over what was going on.
        case slowing(over: Phase)
        /// Together: everyone looks at the comparison of these private questions (entry indexes).
        case revealing(entries: [Int])
        /// A warning sign was raised (`record.flags[flag]`): the person it is for reads it, then chooses
        /// to take a break, stop, or carry on. Nothing else is asked until they do.
        case warned(flag: Int)
        /// Saying a line of the card out loud.
        case rehearsing(line: String)
        /// New words for a line of the card.
        case rewording(line: String)
        /// A standing agreement from an earlier talk, offered again: keep, change or drop it.
        case reviewing(StandingKind)
        /// A standing agreement's new answer, read by the rules of the question it first answered: the
        /// lines of a list typed so far.
        case revising(StandingKind, lines: [String])
        /// A new answer to a standing agreement that its question warns about, waiting for "yes, use it".
        case confirmingRevision(StandingKind, value: AnswerValue, reason: String)
        /// Together: a new answer to a standing agreement, waiting for both to say it is right for them.
        case agreeingRevision(StandingKind, value: AnswerValue)
        /// A sealed talk needs this person's private answers to go on: the host asks their passphrase and
        /// hands the opened lines to `open(_:events:now:)`. Nothing is typed into the session meanwhile.
        case unlocking(PersonID)
        /// Nothing to ask: the talk has ended, paused or stopped, or had nothing in it.
        case over

        /// Where the walk found the talk, as a phase.
        init(_ location: Location) {
            switch location {
            case .ask(let entry, let person, let part): self = .asking(Ask(entry: entry, person: person, part: part))
            case .reveal(let entries): self = .revealing(entries: entries)
            case .warning(let flag): self = .warned(flag: flag)
            case .card(let line): self = .rehearsing(line: line)
            case .unlock(let person): self = .unlocking(person)
            case .review(let kind): self = .reviewing(kind)
            case .done: self = .over
            }
        }

        /// The question (or part) being answered, in every phase that has one.
        var ask: Ask? {
            switch self {
            case .asking(let a), .collecting(let a, _), .confirmingWarned(let a, _, _), .confirmingSafety(let a, _): a
            case .slowing(let under): under.ask
            case .revealing, .warned, .rehearsing, .rewording, .unlocking, .reviewing, .revising, .confirmingRevision,
                .agreeingRevision,
                .over:
                nil
            }
        }

        /// Where this phase is, in the walk's terms.
        var location: Location {
            if let a = ask { return .ask(entry: a.entry, person: a.person, part: a.part) }
            switch self {
            case .revealing(let entries): return .reveal(entries: entries)
            case .warned(let flag): return .warning(flag: flag)
            case .rehearsing(let line), .rewording(let line): return .card(line: line)
            case .slowing(let under): return under.location
            case .unlocking(let person): return .unlock(person)
            case .reviewing(let kind), .revising(let kind, _), .confirmingRevision(let kind, _, _),
                .agreeingRevision(let kind, _):
                return .review(kind)
            case .asking, .collecting, .confirmingWarned, .confirmingSafety, .over: return .done
            }
        }
    }

    /// A question, or one part of it, asked of one person.
    struct Ask: Sendable, Equatable {
        let entry: Int
        let person: PersonID
        let part: Part
        /// An answer given before, being changed after `:back`: the talk has already got further.
        var revisiting = false

        /// The same question, as asked when the talk first reaches it.
        var firstTime: Ask { Ask(entry: entry, person: person, part: part) }
    }

    /// Where the walk finds a talk: the question it is at, a reveal, a warning sign, a card line, or the end.
    enum Location: Sendable, Equatable {
        case ask(entry: Int, person: PersonID, part: Part)
        case reveal(entries: [Int])
        case warning(flag: Int)
        case card(line: String)
        /// A sealed talk can't be walked further without this person's private answers.
        case unlock(PersonID)
        /// A standing agreement offered again, before the talk's own questions.
        case review(StandingKind)
        case done
    }

    enum Part: Sendable, Equatable {
        case whole
        /// The n-th thing to rate (catalog items by role, then own additions), 0-based.
        case item(Int)
        /// Asking for the person's own additions to a catalog.
        case additions
        /// Together, a joint question: the person suggests the answer.
        case propose
        /// Together: the person says whether they agree with what is on the table.
        case accept
        /// Together: the person did not agree and suggests something else.
        case counter
    }
}
