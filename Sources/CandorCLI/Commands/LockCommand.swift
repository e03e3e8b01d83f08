import Sealing
import TalkEngine
import TalkStore
import Terminal

/// `candor lock ID`: seals a practice talk's whole record under a passphrase you choose, rewritten all
/// at once (`TalkStore.rewrite`). `candor list` still shows that it exists, with its talk, dates and status.
struct LockCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "lock", abstract: "seal a practice talk under a passphrase you choose",
        discussion: "Everything you answered is rewritten sealed, all at once; only your passphrase opens it "
            + "again (show, export, resume ask for it). A forgotten passphrase can't be recovered. A together "
            + "talk is sealed for each of you from its start.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to lock: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        examples: ["candor lock 3f2a"])

    var id: String

    init(parsing arguments: ParsedArguments) throws {
        id = try arguments.required(0, missing: "candor lock needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        let id = try store.resolve(self.id)
        let record = try store.load(id).record
        guard record.mode == .practice else {
            throw CommandFailure(
                message: "Talk \(id) is a together talk: each of you sealed your own answers with your own "
                    + "passphrase as you went. To change yours: candor passphrase \(id)",
                code: ExitCode.usage)
        }
        guard record.sealing == nil else {
            context.output.line("Talk \(id) is locked already. To change its passphrase: candor passphrase \(id)")
            return ExitCode.ok
        }
        let person = record.people.first ?? Participant(id: .first, name: nil)
        let passphrase: SecretBytes
        switch context.passphrases().choose(for: person, together: false) {
        case .given(let p): passphrase = p
        case .refused, .endOfInput: return ExitCode.noInput
        case .interrupted: return ExitCode.interrupted
        }
        let keys = Keyring()
        let stored = try keys.make(for: person.id, passphrase: passphrase, talk: id)
        try store.rewrite(id) { record, entries in
            guard record.sealing == nil else {
                throw CommandFailure(message: "Talk \(id) is locked already.", code: .ok)
            }
            var sealed = record
            sealed.sealing = .whole
            var lines: [RewrittenLine] = []
            for case .event(var event) in entries {
                if event.type == .started {
                    event.sealing = .whole
                    lines += [.plain(event), .plain(Event(.keyed, at: event.at, by: person.id, key: stored))]
                } else if let by = sealed.sealedAuthor(of: event, script: nil), let key = keys.key(for: by) {
                    lines.append(.sealed(event, by: by, key: key))
                } else {
                    lines.append(.plain(event))
                }
            }
            return lines
        }
        context.output.line(
            "Talk \(id) is locked. Only your passphrase opens its answers now; candor list still shows that it "
                + "exists, with its dates. To undo: candor unlock \(id)")
        return ExitCode.ok
    }
}
