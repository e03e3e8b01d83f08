import TalkScript

/// One thing that happened in a talk. The journal on disk is a list of these; the record is what
/// folding them gives (`Record.apply`). Flat, with optional fields, so each reads well as one JSON line.
public struct Event: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// The talk began: talk, mode, people.
        case started
        /// A person answered (or skipped) a question: question, by, value.
        case answered
        /// A person rated one item of a rate question: question, by, item, value (.option(id) or .skipped for blank).
        case rated
        /// A person's own additions to a catalog: question, by, value (.lines).
        case added
        /// A warning sign was raised: flag, text.
        case flagged
        /// Someone said yellow: by, question.
        case slowed
        /// The talk was paused: reason ("command", "end-of-input", "interrupted", "hidden").
        case paused
        /// The talk was opened again.
        case resumed
        /// The talk was stopped by a red signal: by, question.
        case stopped
        /// A stop rule ended the talk (the readiness check): text.
        case ended
        /// Every question was answered (and the card rehearsed).
        case completed
        /// A card line was reworded: line, value (.text).
        case reworded
        /// A card line was read out loud: line.
        case rehearsed
        /// Together: someone proposed the answer to a joint question: question, by, value, kind.
        case proposed
        /// Together: someone agreed to the proposal on the table: question, by, kind.
        case agreed
        /// Together: someone did not agree to what was proposed (they may suggest something else): question, by.
        case declined
        /// Together: everyone has seen the comparison of a private question's answers: question.
        case revealed
        /// Together: a joint question was left without an agreement: question, by (who left it; none when
        /// the two of you saw it differently after two rounds), reason (`LeftOpen.Reason`).
        case leftOpen
        /// After a warning sign, the person it was shown to chose to carry on: flag, by (the flag's own
        /// `by`), question (a flag raised by one answer).
        case carriedOn
        /// A person's data key, wrapped under the passphrase they chose: by, key. Sealed talks only.
        case keyed
        /// A standing agreement from an earlier talk, offered again: standing (the kind), reason (`kept`,
        /// `changed`, `dropped`), value (the new words, when changed).
        case reviewed
        /// Together: a person's part of a private run is done (they answered or passed every question in it,
        /// and every warning sign it raised for them was answered): by, question (the run's first question).
        /// Lets a talk whose private answers are sealed find its place without opening them.
        case turnEnded
    }

    /// `rated`'s reason when the person said they have tried it before ("yes tried").
    public static let triedBefore = "tried"

    public var type: Kind
    public var at: Moment
    public var talk: TalkInfo?
    public var mode: Mode?
    public var people: [Participant]?
    /// Together: what reveals show (`started` only).
    public var reveal: RevealPolicy?
    public var question: String?
    public var by: PersonID?
    public var item: String?
    public var value: AnswerValue?
    /// The kind of the question when answered, so a later script whose question changed kind can tell.
    public var kindName: String?
    public var flag: String?
    public var line: String?
    public var reason: String?
    public var text: String?
    /// `keyed`: the data key, wrapped.
    public var key: StoredKey?
    /// `started`: what the talk keeps sealed (nil: nothing).
    public var sealing: Sealing?
    /// `reviewed`: which standing agreement.
    public var standing: StandingKind?
    /// `reviewed`, changed to an option that `repeats`: how often, so what the talk says about the next
    /// check-in can be read from this talk alone (its question is in an earlier talk's script).
    public var repeats: Repeat?

    public init(
        _ type: Kind, at: Moment, talk: TalkInfo? = nil, mode: Mode? = nil, people: [Participant]? = nil,
        reveal: RevealPolicy? = nil, question: String? = nil, by: PersonID? = nil, item: String? = nil,
        value: AnswerValue? = nil,
        kindName: String? = nil, flag: String? = nil, line: String? = nil, reason: String? = nil,
        text: String? = nil, key: StoredKey? = nil, sealing: Sealing? = nil, standing: StandingKind? = nil,
        repeats: Repeat? = nil
    ) {
        self.type = type
        self.at = at
        self.talk = talk
        self.mode = mode
        self.people = people
        self.reveal = reveal
        self.question = question
        self.by = by
        self.item = item
        self.value = value
        self.kindName = kindName
        self.flag = flag
        self.line = line
        self.reason = reason
        self.text = text
        self.key = key
        self.sealing = sealing
        self.standing = standing
        self.repeats = repeats
    }

    private enum CodingKeys: String, CodingKey {
        case type, at, talk, mode, people, reveal, question, by, item, value
        case kindName = "kind"
        case flag, line, reason, text, key, sealing, standing, repeats
    }
}

/// Which talk script a record was made with.
public struct TalkInfo: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var version: Int
    /// `sha256:...` of the script's source (readiness check included).
    public var hash: String
    /// The built-in talk's name, or the file's path, so resume can find it again.
    public var source: String
    /// The list rated in place of the talk's own catalog (`--list`): the path of the list file, so resume
    /// and views find it again; nil for the talk's own. Its text is in `hash`.
    public var list: String?

    public init(id: String, title: String, version: Int, hash: String, source: String, list: String? = nil) {
        self.id = id
        self.title = title
        self.version = version
        self.hash = hash
        self.source = source
        self.list = list
    }
}

public enum Mode: String, Sendable, Equatable, Codable {
    case practice
    case together
}

/// What a together talk's reveals show. `matches` (the default): only what both want, never a "no";
/// `all`: both lists side by side.
public enum RevealPolicy: String, Sendable, Equatable, Codable {
    case matches
    case all
}

public struct Participant: Sendable, Equatable, Codable {
    /// Stable within a talk; answers are keyed by it.
    public var id: PersonID
    /// The name given, or nil when practising alone without one.
    public var name: String?

    public init(id: PersonID, name: String?) {
        self.id = id
        self.name = name
    }
}
