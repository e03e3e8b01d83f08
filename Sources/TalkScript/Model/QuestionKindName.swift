/// The question kinds by name: each raw value is the kind's keyword in a talk file and in the record.
public enum QuestionKindName: String, CaseIterable, Sendable {
    case text, lines, list, choice, choices, rate, scale, date, yesno, word

    /// Every keyword, in the order the documentation lists them.
    public static let keywords = allCases.map(\.rawValue)
}
