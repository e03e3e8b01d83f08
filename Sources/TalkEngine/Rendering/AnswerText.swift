import TalkScript

/// Answers worded for people: in sentences, reflections, card lines and `candor show`.
public enum AnswerText {
    /// The answer as text for a sentence; nil when skipped or empty.
    public static func render(_ value: AnswerValue, for question: Question?, script: Script, today: CivilDate? = nil)
        -> String?
    {
        switch value {
        case .skipped: return nil
        case .text(let s): return s.isEmpty ? nil : s
        case .lines(let items):
            guard !items.isEmpty else { return nil }
            if question?.kind == .lines { return items.joined(separator: " ") }
            return joinedList(items)
        case .option(let id): return optionLabel(id, question).map(inSentence)
        case .options(let ids):
            guard !ids.isEmpty else { return nil }
            return joinedList(ids.map { inSentence(optionLabel($0, question) ?? $0) })
        case .number(let n):
            if case .scale(_, _, let labels)? = question?.kind, let l = labels.first(where: { $0.value == n }) {
                return "\(n) (\(inSentence(l.label)))"
            }
            return String(n)
        case .date(let d): return d.spoken(currentYear: today?.year)
        case .bool(let b): return b ? "yes" : "no"
        case .ratings(let sheet):
            guard let q = question else { return nil }
            let parts = RatingSummary(sheet: sheet, question: q, script: script).groups.map {
                "\($0.valueLabel): \($0.items.joined(separator: ", "))"
            }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    /// An answer without its question (a changed standing agreement is typed as text): as text.
    public static func plain(_ value: AnswerValue) -> String {
        switch value {
        case .lines(let items): joinedList(items)
        case .date(let d): d.spoken(currentYear: nil)
        default: asInput(value) ?? ""
        }
    }

    /// The text a person would type to give this answer again (shown as a default when going back).
    public static func asInput(_ value: AnswerValue) -> String? {
        switch value {
        case .skipped, .ratings: return nil
        case .text(let s): return s
        case .lines(let items): return items.first
        case .option(let id): return id
        case .options(let ids): return ids.joined(separator: ", ")
        case .number(let n): return String(n)
        case .date(let d): return d.date.iso + (d.time.map { " " + $0.iso } ?? "")
        case .bool(let b): return b ? "yes" : "no"
        }
    }

    static func optionLabel(_ id: String, _ question: Question?) -> String? {
        switch question?.kind {
        case .choice(let options)?, .choices(let options)?: options.first { $0.id == id }?.label ?? id
        default: id
        }
    }

    /// "a", "a and b", "a, b and c".
    public static func joinedList(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A label placed mid-sentence: first letter lower-cased, unless it starts an acronym ("BDSM").
    public static func inSentence(_ label: String) -> String {
        guard let first = label.first, first.isUppercase else { return label }
        let second = label.dropFirst().first
        if let s = second, s.isUppercase { return label }
        return first.lowercased() + label.dropFirst()
    }
}
