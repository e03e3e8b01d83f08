/// Every question kind's rules for an answer: how typed text is read, what a `default` may be, and what is
/// said when an answer cannot be taken. The engine reads answers with them and the checker checks defaults
/// with them (E014), so a default is valid exactly when typing it would be.
public enum AnswerRules {
    public enum Outcome: Sendable, Equatable {
        case accepted(AnswerValue)
        /// Not accepted: the reason, worded for the person.
        case problem(String)
        /// Allowed only after the person confirms, having read the reason.
        case confirm(AnswerValue, reason: String)
    }

    /// Reads one complete answer to `question`: the typed line, or for lines and list every line collected.
    public static func parse(
        _ input: String, lines: [String] = [], for question: Question,
        facts: (Template) -> String, today: LocalDateTime
    ) -> Outcome {
        let text = input.trimmingSpaces
        if question.kind.takesLines ? lines.isEmpty : text.isEmpty { return .problem(expected(question.kind)) }
        switch question.kind {
        case .text:
            if text.contains(where: \.isNewline) { return .problem(expected(question.kind)) }
            return checkWords(text, question, facts: facts) ?? checkLength(text.count, question, unit: "characters")
                ?? .accepted(.text(text))
        case .word:
            if text.contains(where: \.isWhitespace) { return .problem(expected(question.kind)) }
            return checkWords(text, question, facts: facts) ?? checkLength(text.count, question, unit: "characters")
                ?? .accepted(.text(text))
        case .lines:
            let total = lines.reduce(0) { $0 + $1.count }
            return checkLength(total, question, unit: "characters") ?? .accepted(.lines(lines))
        case .list:
            return checkLength(lines.count, question, unit: "items") ?? .accepted(.lines(lines))
        case .choice(let options):
            guard let id = matchOption(text, options.map { ($0.id, $0.label) }) else {
                return .problem(expected(question.kind))
            }
            return .accepted(.option(id))
        case .choices(let options):
            if ["none", "nothing", "-"].contains(text.lowercased()) { return .accepted(.options([])) }
            var picked: [String] = []
            for part in splitChoices(text) {
                guard let id = matchOption(part, options.map { ($0.id, $0.label) }) else {
                    return .problem("I couldn't match \u{201C}\(part)\u{201D} to a choice. \(expected(question.kind))")
                }
                if !picked.contains(id) { picked.append(id) }
            }
            let ordered = options.map(\.id).filter { picked.contains($0) }
            return .accepted(.options(ordered))
        case .scale(let min, let max, let labels):
            if let n = Int(text), (min...max).contains(n) { return .accepted(.number(n)) }
            if let l = labels.first(where: { $0.label.lowercased() == text.lowercased() }) {
                return .accepted(.number(l.value))
            }
            return .problem(expected(question.kind))
        case .date:
            switch NaturalDate.parse(text, now: today) {
            case .success(let d): return .accepted(.date(d))
            case .failure(.inThePast): return .problem("That time has already passed. When would suit you?")
            case .failure(.notUnderstood): return .problem("I couldn't read that as a date. \(expected(question.kind))")
            }
        case .yesno(let age):
            if let b = yesNo(text) { return .accepted(.bool(b)) }
            if let age, let stated = statedAge(text) { return .accepted(.bool(stated >= age)) }
            return .problem(expected(question.kind))
        case .rate:
            return .problem(expected(question.kind))
        }
    }

    /// What Enter on an empty line gives when the question has a default: the default read as if typed, a
    /// lines or list default one line per line of it.
    public static func parseDefault(
        _ text: String, for question: Question, facts: (Template) -> String,
        today: LocalDateTime
    ) -> Outcome {
        if question.kind.takesLines {
            let lines = text.split(separator: "\n").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            return parse("", lines: lines, for: question, facts: facts, today: today)
        }
        return parse(text, for: question, facts: facts, today: today)
    }

    /// Why `text`, written as a question's `default`, is not an answer the question takes; nil when it is.
    /// A default is read on no particular day (the first day there is), so a date default is checked for
    /// whether it can be read, not for whether it is still ahead: that depends on the day the talk runs.
    public static func problem(withDefault text: String, for question: Question) -> String? {
        let anyDay = LocalDateTime(date: CivilDate(year: 1, month: 1, day: 1), time: nil)
        switch parseDefault(text, for: question, facts: { $0.render { _ in nil } }, today: anyDay) {
        case .accepted, .confirm: return nil
        case .problem(let why): return why
        }
    }

    /// What an answer to a question of this kind looks like, said when what was typed is not one (or when
    /// nothing was typed and the question cannot be passed over).
    public static func expected(_ kind: QuestionKind) -> String {
        switch kind {
        case .text: "Please type your answer, on one line."
        case .word: "One word, please, with no spaces."
        case .lines: "Please write a line or more, then press Enter on an empty line."
        case .list: "Please write one item a line, then press Enter on an empty line."
        case .choice(let options): "Please pick one of the \(options.count) choices: type its number or its name."
        case .choices: "Type numbers or names separated by commas, or \u{201C}none\u{201D}."
        case .scale(let min, let max, _): "Please type a number from \(min) to \(max)."
        case .date:
            "Try \u{201C}saturday 7pm\u{201D}, \u{201C}tomorrow 19:30\u{201D} or \u{201C}2026-12-01 18:00\u{201D}."
        case .yesno(nil): "Please answer yes or no (y or n)."
        case .yesno: "Please answer yes or no, or type your age as a number."
        case .rate: "This question is answered item by item."
        }
    }

    private static func checkWords(_ text: String, _ q: Question, facts: (Template) -> String) -> Outcome? {
        if let rule = q.rejects.first(where: { $0.matches(text) }) { return .problem(facts(rule.message)) }
        if let rule = q.warnings.first(where: { $0.matches(text) }) {
            return .confirm(.text(text), reason: facts(rule.message))
        }
        return nil
    }

    private static func checkLength(_ count: Int, _ q: Question, unit: String) -> Outcome? {
        if let min = q.minLength, count < min {
            return .problem("That's a little short: at least \(min) \(unit), please.")
        }
        if let max = q.maxLength, count > max {
            return .problem("That's longer than this question takes: at most \(max) \(unit).")
        }
        return nil
    }
}

extension QuestionKind {
    /// Answered with several lines, ended by an empty line.
    public var takesLines: Bool {
        switch self {
        case .lines, .list: true
        default: false
        }
    }
}
