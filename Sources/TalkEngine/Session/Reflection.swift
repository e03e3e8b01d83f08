/// Saying a person's answers back to them, so they can hear what they said.
enum Reflection {
    /// "So you'd like to try hair pulling and spanking (receiving). You'd consider biting. Choking is a no."
    static func ratings(_ summary: RatingSummary) -> String {
        var sentences: [String] = []
        for group in summary.groups {
            let items = AnswerText.joinedList(group.items)
            switch group.valueId {
            case "yes": sentences.append("you'd like to try \(items)")
            case "maybe": sentences.append("you'd consider \(items)")
            case "fantasy": sentences.append("\(items) \(group.items.count == 1 ? "stays" : "stay") a fantasy")
            case "no": sentences.append("\(items) \(group.items.count == 1 ? "is" : "are") a no")
            case "unsure": sentences.append("you're not sure yet about \(items)")
            default: sentences.append("\(AnswerText.inSentence(group.valueLabel)): \(items)")
            }
        }
        var text =
            sentences.isEmpty
            ? "You left the whole list blank, and that's fine." : "So " + sentences.joined(separator: "; ") + "."
        if summary.blank > 0 && !sentences.isEmpty {
            text += " \(summary.blank) left blank, and that's fine: blank never means no."
        }
        return text
    }
}
