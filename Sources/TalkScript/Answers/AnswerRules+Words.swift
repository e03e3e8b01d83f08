/// How the words people type are read: yes and no, a stated age, an option by number or name.
extension AnswerRules {
    /// A rating of one item: its number, its id, a unique start of its id or label ("y", "fan").
    public static func parseRating(_ input: String, values: [RatingValue]) -> String? {
        matchOption(input.trimmingSpaces, values.map { ($0.id, $0.label) })
    }

    /// A rating, said to be tried before or not ("yes tried", "yes, tried before"), with an optional
    /// condition after a colon: "maybe: only if we go slow", "2 tried: with a safe word". nil when what
    /// comes before the colon is not a rating (an empty condition is no condition).
    public static func parseRating(withCondition input: String, values: [RatingValue]) -> (
        rating: String, condition: String?, tried: Bool
    )? {
        let colon = input.firstIndex(of: ":")
        var head = String(colon.map { input[..<$0] } ?? input[...]).trimmingSpaces
        var tried = false
        for marker in [" tried before", ", tried before", " tried", ", tried"] where head.lowercased().hasSuffix(marker)
        {
            head = String(head.dropLast(marker.count)).trimmingSpaces
            tried = true
            break
        }
        guard let rating = parseRating(head, values: values) else { return nil }
        let condition = colon.map { String(input[input.index(after: $0)...]).trimmingSpaces } ?? ""
        return (rating, condition.isEmpty ? nil : String(condition.prefix(maximumConditionLength)), tried)
    }

    /// A condition is a short note, not an essay: longer ones are cut here.
    public static let maximumConditionLength = 200

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
        let pieces = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }
        for word in pieces {
            var run = ""
            for c in word where c != "'" && c != "\u{2019}" {
                if let last = run.last, last.isNumber != c.isNumber {
                    words.append(run)
                    run = ""
                }
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
        drop(
            [
                ["i", "am"], ["im"], ["i", "m"], ["they", "are"], ["theyre"], ["she", "is"], ["shes"], ["he", "is"],
                ["hes"], ["age"], ["aged"], ["my", "age", "is"],
            ], atStart: true)
        drop(
            [["years", "old"], ["year", "old"], ["years"], ["yrs", "old"], ["yrs"], ["yo"], ["y", "o"]], atStart: false)
        guard words.count == 1, let digits = words.first, digits.allSatisfy(\.isASCII), let n = Int(digits),
            Question.ages.contains(n)
        else { return nil }
        return n
    }

    /// Matches a number ("2"), an id, a label, or a unique start of an id or label, ignoring case.
    public static func matchOption(_ input: String, _ options: [(id: String, label: String)]) -> String? {
        let t = input.trimmingSpaces.lowercased()
        guard !t.isEmpty else { return nil }
        if let n = Int(t), n >= 1, n <= options.count { return options[n - 1].id }
        if let exact = options.first(where: { $0.id.lowercased() == t || $0.label.lowercased() == t }) {
            return exact.id
        }
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
