import TalkEngine
import TalkStore
import Terminal

/// `candor unlock ID`: the reverse of `lock`: a practice talk's record written back plain, all at once,
/// once its passphrase is given.
struct UnlockCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "unlock", abstract: "write a locked practice talk back without its passphrase",
        discussion: "Asks the talk's passphrase, then rewrites its record plain, all at once, as before "
            + "candor lock. A together talk stays sealed: each person's answers are theirs.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to unlock: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        examples: ["candor unlock 3f2a"])

    var id: String

    init(parsing arguments: ParsedArguments) throws {
        id = try arguments.required(0, missing: "candor unlock needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        let id = try store.resolve(self.id)
        let record = try store.load(id).record
        guard record.mode == .practice else {
            throw CommandFailure(
                message: "Talk \(id) is a together talk: each of you keeps your private answers under your own "
                    + "passphrase, and that stays so. To see everything, both of you: candor show \(id) --all",
                code: ExitCode.usage)
        }
        let keys = Keyring()
        guard record.sealing != nil, let person = record.people.first?.id,
            let answer = context.passphrases().unlock(person, of: record, into: keys)
        else {
            context.output.line("Talk \(id) isn't locked.")
            return ExitCode.ok
        }
        switch answer {
        case .given: break
        case .refused:
            context.output.line("Nothing was changed.")
            return ExitCode.noPermission
        case .endOfInput: return ExitCode.noInput
        case .interrupted: return ExitCode.interrupted
        }
        try store.rewrite(id) { _, entries in
            try entries.compactMap { entry -> RewrittenLine? in
                switch entry {
                case .event(let event) where event.type == .keyed:
                    return nil
                case .event(var event):
                    if event.type == .started { event.sealing = nil }
                    return .plain(event)
                case .sealed(let sealed):
                    return .plain(try store.open(sealed, in: id, keys: keys))
                }
            }
        }
        context.output.line("Talk \(id) is unlocked: its record is plain again. To lock it: candor lock \(id)")
        return ExitCode.ok
    }
}
