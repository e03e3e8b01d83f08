/// One question of a talk. A value, but one that copies as a single reference: its fields live in a
/// shared box, copied only when a copy is changed. Walking a talk copies questions out of its nodes at
/// every turn (`case .ask(let q)`), and copying twenty fields each time was most of compiling a long talk.
public struct Question: Sendable, Equatable {
    /// The fields every question has, as a plain value (each documented on its property below).
    struct Fields: Sendable, Equatable {
        var id: String
        var kind: QuestionKind
        var text: Template
        var who: Who
        var optional: Bool
        var required: Bool
        var reveal: Bool
        var condition: Condition?
        var location: SourceLocation
        var rare: RareFields
    }

    /// The fields most questions leave unset, in a box of their own made only when one is set: a
    /// question without them is a third of the size, and a long talk is mostly such questions.
    struct Rare: Sendable, Equatable {
        var help: Template?
        var why: Template?
        var defaultValue: Template?
        var rejects: [WordRule] = []
        var warnings: [WordRule] = []
        var minLength: Int?
        var maxLength: Int?
        var reflect: Template?
        var differ: Template?
        var standing: StandingKind?
    }

    /// `Rare`, boxed; copied before a change when shared (as `Box` is).
    struct RareFields: Sendable, Equatable {
        final class Storage: @unchecked Sendable {
            var rare: Rare
            init(_ rare: Rare) { self.rare = rare }
        }

        private(set) var storage: Storage?

        init() { storage = nil }

        init(_ rare: Rare) { storage = Storage(rare) }

        mutating func modify(_ change: (inout Rare) -> Void) {
            if storage == nil {
                storage = Storage(Rare())
            } else if !isKnownUniquelyReferenced(&storage!) {
                storage = Storage(storage!.rare)
            }
            change(&storage!.rare)
        }

        static func == (a: RareFields, b: RareFields) -> Bool {
            a.storage === b.storage || (a.storage?.rare ?? Rare()) == (b.storage?.rare ?? Rare())
        }
    }

    /// Never changed while shared: every setter below copies it first unless this value is its only owner.
    final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    private mutating func changeRare(_ change: (inout Rare) -> Void) { unique().fields.rare.modify(change) }

    public var id: String {
        get { box.fields.id }
        set { unique().fields.id = newValue }
    }
    public var kind: QuestionKind {
        get { box.fields.kind }
        set { unique().fields.kind = newValue }
    }
    public var text: Template {
        get { box.fields.text }
        set { unique().fields.text = newValue }
    }
    public var who: Who {
        get { box.fields.who }
        set { unique().fields.who = newValue }
    }
    public var help: Template? {
        get { box.fields.rare.storage?.rare.help }
        set { changeRare { $0.help = newValue } }
    }
    public var why: Template? {
        get { box.fields.rare.storage?.rare.why }
        set { changeRare { $0.why = newValue } }
    }
    public var defaultValue: Template? {
        get { box.fields.rare.storage?.rare.defaultValue }
        set { changeRare { $0.defaultValue = newValue } }
    }
    /// Enter on an empty line skips it quietly (it is recorded as skipped, never as "no").
    public var optional: Bool {
        get { box.fields.optional }
        set { unique().fields.optional = newValue }
    }
    /// It cannot be skipped at all (the readiness check).
    public var required: Bool {
        get { box.fields.required }
        set { unique().fields.required = newValue }
    }
    public var condition: Condition? {
        get { box.fields.condition }
        set { unique().fields.condition = newValue }
    }
    /// Answers refused outright, with the reason.
    public var rejects: [WordRule] {
        get { box.fields.rare.storage?.rare.rejects ?? [] }
        set { changeRare { $0.rejects = newValue } }
    }
    /// Answers allowed only after a warning and a confirmation.
    public var warnings: [WordRule] {
        get { box.fields.rare.storage?.rare.warnings ?? [] }
        set { changeRare { $0.warnings = newValue } }
    }
    /// Length limits in characters (text, lines, word) or in items (list).
    public var minLength: Int? {
        get { box.fields.rare.storage?.rare.minLength }
        set { changeRare { $0.minLength = newValue } }
    }
    public var maxLength: Int? {
        get { box.fields.rare.storage?.rare.maxLength }
        set { changeRare { $0.maxLength = newValue } }
    }
    /// Said back after the answer ("So your safe word is {safeword}.").
    public var reflect: Template? {
        get { box.fields.rare.storage?.rare.reflect }
        set { changeRare { $0.reflect = newValue } }
    }
    /// In a together talk, everyone's answers are shown side by side once all have answered.
    /// (Rate questions are always compared, under the talk's reveal policy.)
    public var reveal: Bool {
        get { box.fields.reveal }
        set { unique().fields.reveal = newValue }
    }
    /// Said at the reveal when the two answers differ, in place of the general remark: for answers where a
    /// difference is something to settle (safer sex), not only to talk about.
    public var differ: Template? {
        get { box.fields.rare.storage?.rare.differ }
        set { changeRare { $0.differ = newValue } }
    }
    /// What the answer stands for after the talk (`standing KIND`), if anything.
    public var standing: StandingKind? {
        get { box.fields.rare.storage?.rare.standing }
        set { changeRare { $0.standing = newValue } }
    }
    public var location: SourceLocation {
        get { box.fields.location }
        set { unique().fields.location = newValue }
    }

    public static func == (a: Question, b: Question) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public init(
        id: String, kind: QuestionKind, text: Template, who: Who = .each, help: Template? = nil,
        why: Template? = nil, defaultValue: Template? = nil, optional: Bool = false, required: Bool = false,
        condition: Condition? = nil, rejects: [WordRule] = [], warnings: [WordRule] = [],
        minLength: Int? = nil, maxLength: Int? = nil, reflect: Template? = nil, reveal: Bool = false,
        differ: Template? = nil, standing: StandingKind? = nil, location: SourceLocation = .unknown
    ) {
        let isRare =
            help != nil || why != nil || defaultValue != nil || !rejects.isEmpty || !warnings.isEmpty
            || minLength != nil || maxLength != nil || reflect != nil || differ != nil || standing != nil
        let rare =
            isRare
            ? RareFields(
                Rare(
                    help: help, why: why, defaultValue: defaultValue, rejects: rejects, warnings: warnings,
                    minLength: minLength, maxLength: maxLength, reflect: reflect, differ: differ, standing: standing))
            : RareFields()
        box = Box(
            Fields(
                id: id, kind: kind, text: text, who: who, optional: optional, required: required, reveal: reveal,
                condition: condition, location: location, rare: rare))
    }
}

extension Question {
    /// The ages a person can be: what `age N` may name, and what a typed age is read as.
    public static let ages: ClosedRange<Int> = 1...130
}

/// Who answers a question.
public enum Who: String, Sendable, Equatable, Codable {
    /// Every participant for themselves (privately, in a together talk). The default.
    case each
    /// One joint answer that every participant confirms: an agreement.
    case both
}

public enum QuestionKind: Sendable, Equatable {
    /// One line.
    case text
    /// Several lines, ended by an empty line (a letter, an opener).
    case lines
    /// Items, one per line, ended by an empty line.
    case list
    /// One of the options.
    case choice([Option])
    /// Any number of the options.
    case choices([Option])
    /// Every item of a catalog (each role separately) on a scale of values; then, if `additions` is set,
    /// the person's own items, which are rated the same way. (Boxed, as `scale` is: their payloads would
    /// make every question's kind eight times the size of the others'.)
    indirect case rate(catalog: String, values: [RatingValue], additions: Template?)
    /// A number from min to max, with optional labels for some numbers.
    indirect case scale(min: Int, max: Int, labels: [ScaleLabel])
    /// A date and time, typed naturally ("saturday 7pm", "tomorrow 19:30", "2026-12-01 18:00").
    case date
    /// Yes or no. With `age`, the question asks whether the person is at least that old, and an age typed
    /// as a number ("17", "I'm 17") is an answer too: that age or older is yes, younger is no.
    case yesno(age: Int?)
    /// A single token, such as a safe word.
    case word

    /// The keyword that names this kind in a talk file and in the record.
    public var name: QuestionKindName {
        switch self {
        case .text: .text
        case .lines: .lines
        case .list: .list
        case .choice: .choice
        case .choices: .choices
        case .rate: .rate
        case .scale: .scale
        case .date: .date
        case .yesno: .yesno
        case .word: .word
        }
    }
}

public struct Option: Sendable, Equatable {
    public var id: String
    public var label: String
    /// `lasts N minutes`: how long the thing chosen takes (a calendar entry's DURATION).
    public var minutes: Int?
    /// `repeats monthly`: how often it comes round (a check-in cadence, a calendar's RRULE).
    public var repeats: Repeat?
    public var location: SourceLocation

    public init(id: String, label: String, location: SourceLocation = .unknown) {
        self.id = id
        self.label = label
        self.location = location
    }
}

/// One point of a rating scale (yes, maybe, no, fantasy, unsure, or a talk's own).
public struct RatingValue: Sendable, Equatable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// Labels for the usual values, used when a talk does not give its own with `value`.
    public static func standardLabel(_ id: String) -> String? {
        switch id {
        case "yes": "Yes, I'd like to try it"
        case "maybe": "Maybe, I'd consider it"
        case "no": "No, not for me"
        case "fantasy": "Fantasy only, not for real"
        case "unsure": "Not sure yet"
        default: nil
        }
    }
}

public struct ScaleLabel: Sendable, Equatable {
    public var value: Int
    public var label: String

    public init(value: Int, label: String) {
        self.value = value
        self.label = label
    }
}

/// A word refused or warned about, with the reason shown. An answer matches when it is one of the words once
/// both are folded (`WordRule.fold`): "Stop!", "NO." and "Don't" match `stop`, `no` and `dont`.
public struct WordRule: Sendable, Equatable {
    public var words: [String]
    public var message: Template
    public var location: SourceLocation

    public init(words: [String], message: Template, location: SourceLocation = .unknown) {
        self.words = words
        self.message = message
        self.location = location
    }

    /// The one rule for `reject` and `warn`, used by the answer parser and by the checker alike.
    public func matches(_ answer: String) -> Bool {
        let folded = Self.fold(answer)
        return !folded.isEmpty && words.contains { Self.fold($0) == folded }
    }

    /// Lower case, without the punctuation, symbols and spaces around the word, and without apostrophes
    /// inside it: a word shouted or typed in a hurry ("Stop!", "'no'", "Don’t") is still that word, and
    /// a rule can name "don't" as `dont`, since an id cannot hold an apostrophe.
    public static func fold(_ text: String) -> String {
        let scalars = text.lowercased().unicodeScalars
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        guard let first = scalars.firstIndex(where: isWordScalar), let last = scalars.lastIndex(where: isWordScalar)
        else { return "" }
        var out = String.UnicodeScalarView()
        for s in scalars[first...last] where !Self.apostrophes.contains(s) { out.append(s) }
        return String(out)
    }

    /// ', ’ and ʼ: the apostrophes keyboards and phones type.
    private static let apostrophes: Set<Unicode.Scalar> = ["\u{27}", "\u{2019}", "\u{2BC}"]
}
