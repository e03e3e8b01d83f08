import TalkEngine
import TalkStore
import Terminal

/// `candor forget ID [--yes]`: delete a talk for good, after saying what will go and asking.
struct ForgetCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "forget", abstract: "delete a talk for good (asks first, unless --yes)",
        discussion: "Says what will go, then asks you to type the id or yes. Everything in the talk's folder "
            + "goes, backups included.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to delete: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        options: [.flag("--yes", help: "don't ask first (needed without a terminal)")],
        examples: ["candor forget 3f2a", "candor forget 3f2a --yes"])

    var id: String
    var yes: Bool

    init(parsing arguments: ParsedArguments) throws {
        yes = arguments.flag("--yes")
        id = try arguments.required(0, missing: "candor forget needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let given = id
        let store = try context.store()
        let id = try store.resolve(given)
        // Held from before the question until the folder is gone, so no Candor writes to it meanwhile.
        let lock = try store.lock(id)
        defer { lock.release() }
        let out = context.output
        if let record = try? store.load(id).record {
            out.line(
                "This deletes talk \(id) for good: \(oneLine: record.talk.title) · \(record.mode.rawValue) · "
                    + "\(oneLine: TalkSummaries.people(record)) · started \(record.created.shortText) · "
                    + "\(record.answerCount) answer\(record.answerCount == 1 ? "" : "s").")
        } else {
            out.line("This deletes talk \(id) for good (its journal is damaged, so what it holds can't be shown).")
        }
        out.line("Everything in \(store.folder(id)) goes, backups included.")
        if !yes {
            guard Environment.stdinIsTerminal else {
                throw CommandFailure(
                    message:
                        "Not deleting talk \(id): there is no terminal to ask on. To delete it anyway: candor forget \(id) --yes",
                    code: ExitCode.usage)
            }
            let reader = context.makeReader()
            let prompt =
                out.style.dim("Type \(id) or yes to delete it, anything else to keep it ") + out.style.accent("› ")
            let answer = reader.readLine(prompt: prompt, completions: [], prefill: nil)
            guard case .line(let text) = answer,
                ["yes", id].contains(String(text.lowercased().filter { !$0.isWhitespace }))
            else {
                out.line("Kept talk \(id).")
                return answer == .interrupted ? ExitCode.interrupted : ExitCode.ok  // Ctrl-C is 130 everywhere
            }
        }
        try store.remove(id, holding: lock)
        out.line("Talk \(id) is deleted.")
        return ExitCode.ok
    }
}
