/// A line typed at a prompt, read once: a safety word, a command, something that looks like a command
/// but is not one, or an answer.
struct Input: Equatable {
    /// As typed.
    let text: String
    let meaning: Meaning

    enum Meaning: Equatable {
        /// `red` or `yellow` typed as a word: a signal, unless it may be a real answer (a safe word).
        case safetyWord(Command)
        /// A command (`:pause`, `:back`, `:stop`...).
        case command(Command)
        /// Starts with a colon but is no command (":hepl").
        case unknownCommand
        case answer
    }

    init(_ text: String) {
        self.text = text
        let trimmed = text.trimmingSpaces
        if let command = Command.parse(text) {
            let isWord = (command == .stop || command == .slow) && !trimmed.hasPrefix(":")
            meaning = isWord ? .safetyWord(command) : .command(command)
        } else {
            meaning = Command.looksLikeCommand(text) ? .unknownCommand : .answer
        }
    }

    /// The command it gives, a safety word included.
    var command: Command? {
        switch meaning {
        case .safetyWord(let c), .command(let c): c
        case .unknownCommand, .answer: nil
        }
    }
}
