import TalkScript

/// A talk's record: everything said so far, derived by folding the journal's events in order.
/// It is the user's data, written as readable JSON (docs/record-format.md).
public struct Record: Sendable, Equatable, Codable {
    public static let schemaVersion = 1

    public var schema: Int
    public var id: String
    public var talk: TalkInfo
    public var mode: Mode
    public var people: [Participant]
    /// Together: what reveals show.
    public var reveal: RevealPolicy
    public var status: Status
    public var created: Moment
    public var updated: Moment
    /// Question id -> participant id -> answer. Keyed by the script's stable ids, never by position.
    public var answers: [String: [PersonID: Answer]]
    public var flags: [RaisedFlag]
    /// Together: joint questions, by question id: what is proposed or agreed, by whom, and who consented when.
    public var agreements: [String: Agreement]
    /// Together: private questions whose comparison everyone has seen.
    public var revealed: [String]
    /// Rehearsal card line id -> its state.
    public var card: [String: CardLineState]
    /// Lifecycle events: started, paused, resumed, slowed, stopped, ended, completed.
    public var events: [Milestone]
    /// What is kept sealed on disk (nil: nothing). See `Record+Sealing`.
    public var sealing: Sealing?
    /// Sealed talks: each person's data key, wrapped under their passphrase.
    public var keys: [PersonID: StoredKey]?
    /// Sealed lines not opened in this record (their authors have not unlocked).
    public var sealed: [SealedEntry]?
    /// Together: by a private run's first question, whose turn in it is done (`turnEnded`).
    public var turns: [String: [PersonID]]?
    /// Together: by question, the comparison as the reveal showed it.
    public var reveals: [String: String]?
    /// Standing agreements from earlier talks offered again in this one, and what became of each.
    public var reviews: [Review]?

    public enum Status: String, Sendable, Equatable, Codable {
        case inProgress = "in-progress"
        case paused
        /// Stopped by a red signal.
        case stopped
        /// Ended by a stop rule (the readiness check).
        case ended
        case complete

        /// Whether the talk can still be carried on.
        public var isOpen: Bool { self == .inProgress || self == .paused }
    }

    public init(id: String, started: Event) {
        schema = Record.schemaVersion
        self.id = id
        talk = started.talk ?? TalkInfo(id: "", title: "", version: 0, hash: "", source: "")
        mode = started.mode ?? .practice
        // Candor never writes two people with one id, and the journal reader refuses a line that does
        // (JournalCodec). Every `Dictionary(uniqueKeysWithValues:)` keyed by person (show, export) would
        // trap on one, so a record built any other way still keeps only the first of each id.
        var seen = Set<PersonID>()
        people = (started.people ?? []).filter { seen.insert($0.id).inserted }
        reveal = started.reveal ?? .matches
        status = .inProgress
        created = started.at
        updated = started.at
        answers = [:]
        flags = []
        agreements = [:]
        revealed = []
        card = [:]
        events = [Milestone(type: .started, at: started.at)]
        sealing = started.sealing
    }

    public func answer(_ question: String, by person: PersonID) -> Answer? { answers[question]?[person] }

    public func person(_ id: PersonID) -> Participant? { people.first { $0.id == id } }

    /// Whether this flag was raised already (for this person, when raised by a private answer).
    public func hasFlag(_ id: String, by person: PersonID?, question: String? = nil) -> Bool {
        flags.contains { $0.matches(id: id, by: person, question: question) }
    }

    /// The first warning sign nobody has answered yet (pause, stop or carry on): the talk offers that
    /// choice before anything else is asked.
    public var unansweredFlag: Int? {
        flags.firstIndex { $0.carriedOn != true }
    }

    public var answerCount: Int { answers.values.reduce(0) { $0 + $1.count } }
}

public struct Answer: Sendable, Equatable, Codable {
    public var value: AnswerValue
    public var at: Moment
    /// The keyword of the question's kind when answered, as saved: empty when not saved, and possibly a
    /// kind this version does not know.
    public var kind: String
    /// The question's kind when answered; nil when not saved or unknown here.
    public var kindName: QuestionKindName? { QuestionKindName(rawValue: kind) }
    /// Whether it was saved as this kind: one string compare (making `kindName` tries every kind's name,
    /// and the walk asks this of every answer on every resume).
    public func isKind(_ name: QuestionKindName) -> Bool { kind == name.rawValue }
    /// The script version it was answered under.
    public var talkVersion: Int

    public init(value: AnswerValue, at: Moment, kind: String, talkVersion: Int) {
        self.value = value
        self.at = at
        self.kind = kind
        self.talkVersion = talkVersion
    }
}

/// A joint answer in the making, or made: an agreement needs everyone's consent.
public struct Agreement: Sendable, Equatable, Codable {
    /// The answer on the table (or agreed).
    public var value: AnswerValue?
    public var proposedBy: PersonID?
    /// Who has said yes to `value`, and when. The proposer consents by proposing.
    public var consents: [Consent]
    /// Someone said no and owes a counter-proposal.
    public var declinedBy: PersonID?
    /// Every participant consented.
    public var agreed: Bool
    /// How many times someone said no to what was on the table (nil: never). After two, the question is
    /// left open: nobody is asked again and again.
    public var declines: Int?
    /// Set when the question was left without an agreement.
    public var leftOpen: LeftOpen?
    /// Who would not agree to it at all: left it once something was on the table, or proposed or agreed
    /// to "no". A warning sign for the other person where the talk says so (`when QUESTION refused`).
    public var refusedBy: [PersonID]?

    public init(
        value: AnswerValue? = nil, proposedBy: PersonID? = nil, consents: [Consent] = [], declinedBy: PersonID? = nil,
        agreed: Bool = false
    ) {
        self.value = value
        self.proposedBy = proposedBy
        self.consents = consents
        self.declinedBy = declinedBy
        self.agreed = agreed
    }

    mutating func noteRefusal(by person: PersonID) {
        if refusedBy?.contains(person) != true { refusedBy = (refusedBy ?? []) + [person] }
    }
}

/// A joint question that ended without an agreement, and why.
public struct LeftOpen: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Equatable, Codable {
        /// Someone said no to what was on the table and did not suggest anything else.
        case declined
        /// Someone skipped it.
        case skipped
        /// Two rounds of suggestions and no agreement: the two of you see it differently, and that's fine.
        case disagreed
    }

    /// Who left it (nil: nobody in particular, after two rounds).
    public var by: PersonID?
    public var reason: Reason
    public var at: Moment

    public init(by: PersonID?, reason: Reason, at: Moment) {
        self.by = by
        self.reason = reason
        self.at = at
    }
}

public struct Consent: Sendable, Equatable, Codable {
    public var by: PersonID
    public var at: Moment

    public init(by: PersonID, at: Moment) {
        self.by = by
        self.at = at
    }
}

public struct RaisedFlag: Sendable, Equatable, Codable {
    public var id: String
    public var at: Moment
    public var message: String
    /// Together: whose private answer raised it (the flag was shown to them alone). nil: raised by
    /// what everyone can see.
    public var by: PersonID?
    /// The question whose answer raised it, for a flag raised by one answer (nil otherwise).
    public var question: String?
    /// The person it was shown to chose to carry on (nil or false: the talk still offers to pause or stop).
    public var carriedOn: Bool?

    public init(id: String, at: Moment, message: String, by: PersonID? = nil, question: String? = nil) {
        self.id = id
        self.at = at
        self.message = message
        self.by = by
        self.question = question
    }

    /// Whether this is the flag an event names.
    func matches(id: String, by: PersonID?, question: String?) -> Bool {
        self.id == id && self.by == by && self.question == question
    }
}

public struct CardLineState: Sendable, Equatable, Codable {
    /// The person's own wording, when they reworded the line.
    public var reworded: String?
    public var rehearsed: Bool

    public init(reworded: String? = nil, rehearsed: Bool = false) {
        self.reworded = reworded
        self.rehearsed = rehearsed
    }
}

public struct Milestone: Sendable, Equatable, Codable {
    public var type: Event.Kind
    public var at: Moment
    public var by: PersonID?
    public var question: String?
    public var reason: String?

    public init(type: Event.Kind, at: Moment, by: PersonID? = nil, question: String? = nil, reason: String? = nil) {
        self.type = type
        self.at = at
        self.by = by
        self.question = question
        self.reason = reason
    }
}

/// A standing agreement offered again at the start of a check-in or debrief, and what was said.
public struct Review: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Equatable, Codable, CaseIterable {
        /// Still right: consent given again.
        case kept
        /// Changed to `value`.
        case changed
        /// No longer agreed.
        case dropped
        /// Left for another time (`:skip`): it stands as it was, neither given again nor changed.
        case skipped

        /// The choices offered, in order (`:skip` is the fourth way, as at any question).
        public static let offered: [Outcome] = [.kept, .changed, .dropped]
    }

    public var kind: StandingKind
    public var outcome: Outcome
    public var value: AnswerValue?
    /// Changed to an option that repeats: how often.
    public var repeats: Repeat?
    public var at: Moment

    public init(kind: StandingKind, outcome: Outcome, value: AnswerValue?, repeats: Repeat? = nil, at: Moment) {
        self.kind = kind
        self.outcome = outcome
        self.value = value
        self.repeats = repeats
        self.at = at
    }
}
