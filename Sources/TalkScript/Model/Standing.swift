/// What an answer stands for after its talk: an agreement that holds until changed. `candor agreements`
/// lists them, a check-in or debrief offers to keep, change or drop each, and `candor due` reads the
/// check-in cadence and the next date. Marked in a talk with `standing KIND` under the `ask`.
public enum StandingKind: String, CaseIterable, Sendable, Codable {
    case safeWord = "safe-word"
    case trafficLight = "traffic-light"
    case signal
    case hardLimits = "hard-limits"
    case dos
    case donts
    case saferSex = "safer-sex"
    case aftercare
    case cadence = "check-in-cadence"
    case nextDate = "next-date"
    case length

    /// Whether `label` names several things ("your hard limits are").
    public var labelIsPlural: Bool { self == .hardLimits || self == .dos || self == .donts }

    /// How Candor names it to people ("your safe word").
    public var label: String {
        switch self {
        case .safeWord: "safe word"
        case .trafficLight: "traffic light"
        case .signal: "signal"
        case .hardLimits: "hard limits"
        case .dos: "do's"
        case .donts: "don'ts"
        case .saferSex: "safer sex"
        case .aftercare: "aftercare"
        case .cadence: "check-in cadence"
        case .nextDate: "next time to talk"
        case .length: "time set aside"
        }
    }
}

/// How often an agreed thing comes round again (`repeats` on an option), for due dates and calendars.
public enum Repeat: String, CaseIterable, Sendable, Codable {
    case daily, weekly, monthly, yearly
}
