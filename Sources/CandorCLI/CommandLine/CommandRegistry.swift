import TalkScript

/// Every command `candor` has, in the order help lists them.
enum CommandRegistry {
    static let all: [any Command.Type] = [
        PracticeCommand.self, TogetherCommand.self, ResumeCommand.self, ListCommand.self, ShowCommand.self,
        AgreementsCommand.self, DueCommand.self, HistoryCommand.self, ListsCommand.self,
        RepairCommand.self, ForgetCommand.self, ExportCommand.self, DiffCommand.self, LockCommand.self,
        UnlockCommand.self, PassphraseCommand.self, CheckCommand.self,
        TalksCommand.self, HelpCommand.self, CompletionCommand.self, ManCommand.self,
    ]

    static var specs: [CommandSpec] { all.map { $0.spec } }

    /// The command a word names (its name or an alias).
    static func command(named word: String) -> (any Command.Type)? {
        all.first { $0.spec.name == word || $0.spec.aliases.contains(word) }
    }

    /// The command a word names, or a usage failure that suggests the closest one.
    static func resolve(_ word: String) throws -> any Command.Type {
        if let command = command(named: word) { return command }
        let names = specs.flatMap { [$0.name] + $0.aliases }
        let guess = Suggest.closest(to: word, in: names).flatMap(command(named:))?.spec.name
        let hint = guess.map { " Did you mean candor \($0)?" } ?? ""
        throw CommandFailure(
            message: "Unknown command \u{201C}\(word)\u{201D}.\(hint) See: candor --help", code: .usage)
    }
}
