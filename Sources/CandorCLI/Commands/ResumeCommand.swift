import TalkEngine
import TalkStore
import Terminal

/// `candor resume [ID]`: carry on a talk exactly where it stopped: at the first unanswered question.
struct ResumeCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "resume", abstract: "carry on a talk where it stopped",
        discussion: "Without an ID, you choose among your unfinished talks (Enter: the most recent).",
        arguments: [
            ArgumentSpec(
                "ID", .optional,
                help: "the talk to carry on: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        examples: ["candor resume", "candor resume 3f2a"])

    var id: String?

    init(id: String?) { self.id = id }

    init(parsing arguments: ParsedArguments) {
        id = arguments.positionals.first
    }

    func run(_ context: Context) throws -> ExitCode {
        let given = id
        let store = try context.store()
        let id: String
        if let given {
            id = try store.resolve(given)
        } else {
            let open = try TalkSummaries.load(store).filter { $0.talk?.status.isOpen == true }
            guard let chosen = try StartCommand.pick(context, among: open) else {
                context.output.line("There's no unfinished talk to carry on. Start one with: candor practice")
                return ExitCode.ok
            }
            id = chosen
        }
        return try Self.resume(context, store: store, id: id)
    }

    static func resume(_ context: Context, store: TalkStore, id: String) throws -> ExitCode {
        // The talk it was begun with (named by its journal's first line) is loaded on a second thread
        // while the journal is read here: for a long talk, each is half the wait for the first prompt.
        // Used only if the record, once read, names that same talk.
        let early = Background { () throws -> EarlyTalk? in
            guard let info = store.startedTalk(id) else { return nil }
            return EarlyTalk(info: info, loaded: Result { try TalkLoader.load(info, store: store) })
        }
        // Never left running on the way out (an early return, an error): the process ends only after it.
        defer { _ = try? early.wait() }
        // The lock comes first, so what is read is what this process goes on writing to. A damaged
        // journal stops here (exit 65), with nothing changed.
        let (talk, stored) = try store.open(id)
        defer { talk.close() }
        for notice in stored.notices { context.output.error(TerminalText(notice)) }
        let record = stored.record
        guard record.status.isOpen else {
            let word = record.status == .complete ? "finished" : "closed (\(record.status.rawValue))"
            context.output.line("Talk \(id) is \(word). See it with: candor show \(id)")
            return ExitCode.ok
        }
        let loaded = try script(for: record, id: id, store: store, early: (try? early.wait()) ?? nil)
        let changes = ScriptChanges(record: record, script: loaded.script, hash: loaded.info.hash)
        let standing = try StandingLookup.offered(
            for: loaded.script, names: record.people.compactMap(\.name), mode: record.mode, store: store, before: record
        )
        var session = Session(script: loaded.script, record: record, standing: standing)
        session.brought = loaded.brought
        let writer = TalkJournal(existing: talk, store: store)
        let style = context.output.style
        context.output.line(style.bold("\(oneLine: loaded.script.title)") + style.dim("  · talk \(id)"))
        return try TalkSession.run(context, session: &session, journal: writer) { session in
            var opening = session.resume(now: Clock.now())
            if let summary = changes.summary { opening.notes.insert(Note(.info, summary), at: 0) }
            return opening
        }
    }

    /// The script the talk was begun with, by the name or path the record keeps.
    static func script(for record: Record, id: String, store: TalkStore, early: EarlyTalk? = nil) throws -> LoadedTalk {
        do {
            if let early, early.info == record.talk { return try early.loaded.get() }
            return try TalkLoader.load(record.talk, store: store)
        } catch let failure as CommandFailure where failure.code == .noInput {
            throw CommandFailure(
                message: "Talk \(id) was begun with the talk script \(record.talk.source), which can't be found now. "
                    + "Put it back (an edited version is fine) and resume again; your answers are safe.",
                code: ExitCode.noInput)
        }
    }
}

/// The talk a journal's first line names, loaded before the record says which it is (`resume`).
struct EarlyTalk: Sendable {
    let info: TalkInfo
    let loaded: Result<LoadedTalk, any Error>
}
