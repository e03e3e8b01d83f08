import Sealing
import TalkEngine
import TalkStore
import Terminal

/// `candor passphrase ID`: a person changes their passphrase. Their data key is unwrapped with the old
/// one and wrapped under the new one, and the journal is rewritten all at once with only that key's line
/// changed: every sealed line stays as it was, and the old passphrase opens nothing any more.
struct PassphraseCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "passphrase", abstract: "change your passphrase for a sealed talk",
        discussion: "Asks who you are (in a together talk), your passphrase now, then the new one twice. "
            + "Only your passphrase changes; your partner's stays as it is.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        examples: ["candor passphrase 3f2a"])

    var id: String

    init(parsing arguments: ParsedArguments) throws {
        id = try arguments.required(0, missing: "candor passphrase needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        let id = try store.resolve(self.id)
        let record = try store.load(id).record
        guard record.sealing != nil, !(record.keys ?? [:]).isEmpty else {
            context.output.line(
                "Talk \(id) has no passphrase: nothing in it is sealed. "
                    + (record.mode == .practice ? "To lock it: candor lock \(id)" : ""))
            return ExitCode.ok
        }
        guard let chosen = try context.choosePerson(in: record, asking: "Whose passphrase?", toStandardError: false),
            let person = record.person(chosen)
        else {
            context.output.line("Nothing was changed: there is nobody by that name or number in this talk.")
            return ExitCode.noInput
        }
        let keys = Keyring()
        let asking = context.passphrases()
        switch asking.unlock(chosen, of: record, into: keys) {
        case .given?: break
        case nil:
            context.output.line("Nothing was changed: that person has no passphrase in this talk.")
            return ExitCode.noInput
        case .refused?:
            context.output.line("Nothing was changed.")
            return ExitCode.noPermission
        case .endOfInput?: return ExitCode.noInput
        case .interrupted?: return ExitCode.interrupted
        }
        let passphrase: SecretBytes
        switch asking.choose(for: person, together: record.mode == .together) {
        case .given(let p): passphrase = p
        case .refused, .endOfInput: return ExitCode.noInput
        case .interrupted: return ExitCode.interrupted
        }
        guard let rewrapped = try keys.rewrap(chosen, passphrase: passphrase, talk: id) else {
            return ExitCode.software
        }
        try store.rewrite(id) { _, entries in
            entries.map { entry in
                switch entry {
                case .event(var event) where event.type == .keyed && event.by == chosen:
                    event.key = rewrapped
                    return .plain(event)
                case .event(let event): return .plain(event)
                case .sealed(let sealed): return .kept(sealed)
                }
            }
        }
        let whose: TerminalText = person.name.map { "\(oneLine: $0)'s" } ?? "your"
        context.output.line(
            "Done: the new passphrase opens " + whose + " answers in talk \(id), and the old one no longer does.")
        return ExitCode.ok
    }
}
