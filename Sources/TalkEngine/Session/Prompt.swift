import TalkScript

/// What the host shows now: the engine's answer to "what comes next?". Everything a front end needs to
/// render it is here, already worded; the front end only decides layout and colour.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A question of the talk, of this kind.
        case question(QuestionKindName)
        /// One item of a rate question.
        case rating
        /// A line of several (lines, list, own additions): more lines follow until an empty one.
        case multiline
        /// A yes/no confirmation the engine needs (a warned answer, "red" typed as a safe word).
        case confirm
        /// The yellow menu: a break, a skip, an explanation, or carry on.
        case menu
        /// After a warning sign (shown in `intro`): take a break, stop, or carry on.
        case warning
        /// A line of the rehearsal card, to say out loud.
        case rehearse
        /// New wording for a card line.
        case reword
        /// Together: does this person agree with what is proposed? (yes / no)
        case agreement
        /// Together: everyone looks at the comparison of private answers; Enter goes on.
        case reveal
        /// A sealed talk needs this person's passphrase to go on: the host asks for it, hidden.
        case unlock
    }

    public var kind: Kind
    /// The question id (or card line id) this prompt is about.
    public var id: String
    /// The question, worded for the person answering.
    public var text: String
    /// A short line under the question on how to answer ("Enter leaves it blank", "an empty line to finish").
    public var hint: String?
    /// Text to show before the question: step headings, coaching, cautions.
    public var intro: [Note]
    /// Who answers.
    public var person: Participant
    /// Together: only `person` may see this prompt and what they type (a private turn). The host hands
    /// the screen over, cleared, whenever this or `person` changes.
    public var isPrivate: Bool
    public var progress: Progress?
    /// Taken when Enter is pressed on an empty line; shown as `[default]`.
    public var defaultText: String?
    /// Numbered choices, when the answer is one (or several) of a list.
    public var choices: [Choice]
    /// Lines collected so far for a multiline answer.
    public var collected: [String]
    /// Words Tab completes: choice ids and labels, and the in-talk commands.
    public var completions: [String]
    /// Text to place in the edit buffer (rewording a line).
    public var prefill: String?

    public struct Choice: Sendable, Equatable {
        /// What to type: "1", "2", ...
        public var key: String
        public var id: String
        public var label: String

        public init(key: String, id: String, label: String) {
            self.key = key
            self.id = id
            self.label = label
        }
    }

    public init(
        kind: Kind, id: String, text: String, hint: String? = nil, intro: [Note] = [], person: Participant,
        progress: Progress? = nil, defaultText: String? = nil, choices: [Choice] = [], collected: [String] = [],
        completions: [String] = [], prefill: String? = nil, isPrivate: Bool = false
    ) {
        self.kind = kind
        self.isPrivate = isPrivate
        self.id = id
        self.text = text
        self.hint = hint
        self.intro = intro
        self.person = person
        self.progress = progress
        self.defaultText = defaultText
        self.choices = choices
        self.collected = collected
        self.completions = completions
        self.prefill = prefill
    }
}

/// Where the talk is: "Step 2 of 4 · Pick the right time · 3 of 7".
public struct Progress: Sendable, Equatable {
    /// nil for an unnumbered step (the readiness check).
    public var stepNumber: Int?
    public var stepCount: Int
    public var stepTitle: String
    /// The question's place among the step's questions, 1-based.
    public var question: Int
    public var questionCount: Int
    /// For a rating: the item's place in the list, 1-based, and the list's length.
    public var item: Int?
    public var itemCount: Int?

    public init(
        stepNumber: Int?, stepCount: Int, stepTitle: String, question: Int, questionCount: Int,
        item: Int? = nil, itemCount: Int? = nil
    ) {
        self.stepNumber = stepNumber
        self.stepCount = stepCount
        self.stepTitle = stepTitle
        self.question = question
        self.questionCount = questionCount
        self.item = item
        self.itemCount = itemCount
    }

    public var line: String {
        var parts: [String] = []
        if let n = stepNumber { parts.append("Step \(n) of \(stepCount)") }
        parts.append(stepTitle)
        parts.append("\(question) of \(questionCount)")
        if let i = item, let c = itemCount { parts.append("item \(i) of \(c)") }
        return parts.joined(separator: " · ")
    }
}

/// A piece of text for the host to show, with what it is, so the host can style it.
public struct Note: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// A step's title.
        case heading
        /// Coaching text from the talk.
        case say
        /// An answer said back ("So your safe word is ...").
        case reflect
        /// A caution about a catalog item, or a warning about an answer.
        case caution
        /// A red flag: what it means and where to get help.
        case flag
        /// Checking in with someone whose answer sounded like distress: are you safe, where to get help.
        case checkIn
        /// Help, `:why`, and other answers to the person's own requests.
        case info
        /// The last words of a talk.
        case closing
        /// The rehearsal card.
        case card
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What `submit` gives back.
public struct Reply: Sendable, Equatable {
    /// To persist, in order, before the next prompt is shown.
    public var events: [Event]
    /// To show before the next prompt.
    public var notes: [Note]
    /// Set when the input was not accepted: the reason. The same prompt is shown again.
    public var problem: String?
    /// `:hide`: the host clears the screen at once and shows nothing more (the talk is paused, saved).
    public var hide = false

    public init(events: [Event] = [], notes: [Note] = [], problem: String? = nil) {
        self.events = events
        self.notes = notes
        self.problem = problem
    }
}

/// How a talk ended (or paused), for the host's exit status and closing words.
public enum Ending: Sendable, Equatable {
    case complete
    case paused
    case stopped
    case ended
}
