import TalkScript

/// Turns what someone typed into an answer for a question, or says kindly what is wrong.
/// Every kind's rules live here: this is where an answer is validated.
public enum AnswerParser {
    public enum Outcome: Sendable, Equatable {
        case accepted(AnswerValue)
        /// Not accepted: the reason, worded for the person.
        case problem(String)
        /// Allowed only after the person confirms, having read the reason.
        case confirm(AnswerValue, reason: String)
    }

    /// Parses one complete answer (for lines and list: all lines collected) to `question`.
    public static func parse(_ input: String, lines: [String] = [], for question: Question, facts: (Template) -> String,
                             today: LocalDateTime) -> Outcome {
        let text = input.trimmingSpaces
        switch question.kind {
        case .text:
            return checkWords(text, question, facts: facts) ?? checkLength(text.count, question, unit: "characters")
                ?? .accepted(.text(text))
        case .word:
            if text.contains(where: { $0.isWhitespace }) { return .problem("One word, please, with no spaces.") }
            return checkWords(text, question, facts: facts) ?? checkLength(text.count, question, unit: "characters")
                ?? .accepted(.text(text))
        case .lines:
            let total = lines.reduce(0) { $0 + $1.count }
            return checkLength(total, question, unit: "characters") ?? .accepted(.lines(lines))
        case .list:
            return checkLength(lines.count, question, unit: "items") ?? .accepted(.lines(lines))
        case .choice(let options):
            guard let id = matchOption(text, options.map { ($0.id, $0.label) }) else {
                return .problem("Please pick one of the \(options.count) choices: type its number or its name.")
            }
            return .accepted(.option(id))
        case .choices(let options):
            if ["none", "nothing", "-"].contains(text.lowercased()) { return .accepted(.options([])) }
            var picked: [String] = []
            for part in splitChoices(text) {
                guard let id = matchOption(part, options.map { ($0.id, $0.label) }) else {
                    return .problem("I couldn't match \u{201C}\(part)\u{201D} to a choice. Type numbers or names separated by commas, or \u{201C}none\u{201D}.")
                }
                if !picked.contains(id) { picked.append(id) }
            }
            let ordered = options.map(\.id).filter { picked.contains($0) }
            return .accepted(.options(ordered))
        case .scale(let min, let max, let labels):
            if let n = Int(text), (min...max).contains(n) { return .accepted(.number(n)) }
            if let l = labels.first(where: { $0.label.lowercased() == text.lowercased() }) { return .accepted(.number(l.value)) }
            return .problem("Please type a number from \(min) to \(max).")
        case .date:
            switch NaturalDate.parse(text, now: today) {
            case .success(let d): return .accepted(.date(d))
            case .failure(.inThePast): return .problem("That time has already passed. When would suit you?")
            case .failure(.notUnderstood):
                return .problem("I couldn't read that as a date. Try \u{201C}saturday 7pm\u{201D}, \u{201C}tomorrow 19:30\u{201D} or \u{201C}2026-12-01 18:00\u{201D}.")
            }
        case .yesno(let age):
            if let b = yesNo(text) { return .accepted(.bool(b)) }
            guard let age else { return .problem("Please answer yes or no (y or n).") }
            if let stated = statedAge(text) { return .accepted(.bool(stated >= age)) }
            return .problem("Please answer yes or no, or type your age as a number.")
        case .rate:
            return .problem("This question is answered item by item.")
        }
    }

    /// A rating of one item: its number, its id, a unique start of its id or label ("y", "fan").
    public static func parseRating(_ input: String, values: [RatingValue]) -> String? {
        matchOption(input.trimmingSpaces, values.map { ($0.id, $0.label) })
    }

    public static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "yeah", "yep", "sure", "ok", "okay": true
        case "n", "no", "nope", "not really": false
        default: nil
        }
    }

    /// An age typed as a number, alone or in a short sentence: "17", "I'm 17", "im 25", "17 years old",
    /// "she's 19", "age: 30". Nil for anything else, so "I'm 17 and a half" or "17 or 18" is asked again
    /// rather than guessed at. Only `yesno` questions with `age` read it (`QuestionKind.yesno(age:)`).
    public static func statedAge(_ text: String) -> Int? {
        // Words without apostrophes ("I'm" is "im"), and digits apart from letters ("17yo" is "17 yo").
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }) {
            var run = ""
            for c in word where c != "'" && c != "\u{2019}" {
                if let last = run.last, last.isNumber != c.isNumber { words.append(run); run = "" }
                run.append(c)
            }
            if !run.isEmpty { words.append(run) }
        }
        func drop(_ phrases: [[String]], atStart: Bool) {
            for p in phrases where words.count > p.count {
                if atStart ? Array(words.prefix(p.count)) == p : Array(words.suffix(p.count)) == p {
                    words.removeFirst(atStart ? p.count : 0)
                    words.removeLast(atStart ? 0 : p.count)
                    return
                }
            }
        }
        drop([["i", "am"], ["im"], ["i", "m"], ["they", "are"], ["theyre"], ["she", "is"], ["shes"], ["he", "is"],
              ["hes"], ["age"], ["aged"], ["my", "age", "is"]], atStart: true)
        drop([["years", "old"], ["year", "old"], ["years"], ["yrs", "old"], ["yrs"], ["yo"], ["y", "o"]], atStart: false)
        guard words.count == 1, let digits = words.first, digits.allSatisfy(\.isASCII), let n = Int(digits),
              Question.ages.contains(n) else { return nil }
        return n
    }

    /// Matches a number ("2"), an id, a label, or a unique start of an id or label, ignoring case.
    static func matchOption(_ input: String, _ options: [(id: String, label: String)]) -> String? {
        let t = input.trimmingSpaces.lowercased()
        guard !t.isEmpty else { return nil }
        if let n = Int(t), n >= 1, n <= options.count { return options[n - 1].id }
        if let exact = options.first(where: { $0.id.lowercased() == t || $0.label.lowercased() == t }) { return exact.id }
        let starts = options.filter { $0.id.lowercased().hasPrefix(t) || $0.label.lowercased().hasPrefix(t) }
        return starts.count == 1 ? starts[0].id : nil
    }

    static func splitChoices(_ text: String) -> [String] {
        let byComma = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        // "1 3 4" is three choices; "water and snacks" stays one.
        if byComma.count == 1, byComma[0].split(separator: " ").allSatisfy({ Int($0) != nil }) {
            return byComma[0].split(separator: " ").map(String.init)
        }
        return byComma
    }

    private static func checkWords(_ text: String, _ q: Question, facts: (Template) -> String) -> Outcome? {
        if let rule = q.rejects.first(where: { $0.matches(text) }) { return .problem(facts(rule.message)) }
        if let rule = q.warnings.first(where: { $0.matches(text) }) {
            return .confirm(.text(text), reason: facts(rule.message))
        }
        return nil
    }

    private static func checkLength(_ count: Int, _ q: Question, unit: String) -> Outcome? {
        if let min = q.minLength, count < min { return .problem("That's a little short: at least \(min) \(unit), please.") }
        if let max = q.maxLength, count > max { return .problem("That's longer than this question takes: at most \(max) \(unit).") }
        return nil
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
