/// What can be typed at any prompt instead of an answer.
enum Command: Equatable {
    case help
    case why
    case back
    case skip
    /// `:skip all` in a rating list: leave the rest of the list blank.
    case skipAll
    case pause
    /// `red` or `:stop`: stop the talk at once.
    case stop
    /// `yellow` or `:slow`: a break, a skip or an explanation.
    case slow
    /// `:hide`: clear the screen at once and leave, everything saved, nothing more shown (for someone who
    /// is interrupted, or at risk).
    case hide

    /// Recognises a command (ignoring case and surrounding spaces), or nil for an ordinary answer.
    static func parse(_ input: String) -> Command? {
        switch input.trimmingSpaces.lowercased() {
        case ":help", ":h", "?": .help
        case ":why", ":w": .why
        case ":back", ":b": .back
        case ":skip", ":s": .skip
        case ":skip all": .skipAll
        case ":pause", ":p", ":quit", ":q": .pause
        case "red", ":stop", ":red": .stop
        case "yellow", ":slow", ":yellow": .slow
        case ":hide": .hide
        default: nil
        }
    }

    /// Whether the input looks like a command but is not one (":hepl").
    static func looksLikeCommand(_ input: String) -> Bool {
        let t = input.trimmingSpaces
        return t.hasPrefix(":") && t.count > 1 && parse(t) == nil
    }

    /// Offered by Tab at every prompt.
    static let completions = [":help", ":why", ":back", ":skip", ":pause", ":stop", ":slow", ":hide", "red", "yellow"]
}
