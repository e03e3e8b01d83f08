import TalkEngine
import TalkStore
import Terminal

/// `candor resume [ID]`: carry on a talk exactly where it stopped: at the first unanswered question.
enum ResumeCommand {
    static func run(_ context: Context, id given: String?) throws -> Int32 {
        let store = try context.store()
        let id: String
        if let given {
            id = try store.resolve(given)
        } else {
            let open = try TalkSummaries.load(store).filter { $0.record?.status.isOpen == true }
            guard let chosen = try StartCommand.pick(context, among: open) else {
                context.output.line("There's no unfinished talk to carry on. Start one with: candor practice")
                return ExitCode.ok
            }
            id = chosen
        }
        return try resume(context, store: store, id: id)
    }

    static func resume(_ context: Context, store: TalkStore, id: String) throws -> Int32 {
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
        let loaded = try script(for: record, id: id)
        let changes = ScriptChanges(record: record, script: loaded.script, hash: loaded.info.hash)
        var session = Session(script: loaded.script, record: record)
        let writer = TalkJournal(existing: talk, store: store)
        var opening = session.resume(now: Clock.now())
        try writer.record(opening.events, session: session)
        if let summary = changes.summary { opening.notes.insert(Note(.info, summary), at: 0) }
        let style = context.output.style
        context.output.line(style.bold("\(oneLine: loaded.script.title)") + style.dim("  · talk \(id)"))
        return try TalkSession.run(context, session: &session, opening: opening, journal: writer)
    }

    /// The script the talk was begun with, by the name or path the record keeps.
    static func script(for record: Record, id: String) throws -> LoadedTalk {
        do {
            return try TalkLoader.load(record.talk.source)
        } catch let failure as CommandFailure where failure.code == ExitCode.noInput {
            throw CommandFailure(message: "Talk \(id) was begun with the talk script \(record.talk.source), which can't be found now. "
                                 + "Put it back (an edited version is fine) and resume again; your answers are safe.",
                                 code: ExitCode.noInput)
        }
    }
}
