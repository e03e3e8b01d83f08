import TalkEngine
import TalkStore

/// `candor resume [ID]`: carry on a talk exactly where it stopped.
enum ResumeCommand {
    static func run(_ context: Context, id given: String?) throws -> Int32 {
        let store = try context.store()
        let id: String
        if let given {
            id = try store.resolve(given)
        } else {
            let open = TalkSummaries.load(store).filter { $0.record?.status.isOpen == true }
            guard let chosen = try StartCommand.pick(context, among: open) else {
                context.output.line("There's no unfinished talk to carry on. Start one with: candor practice")
                return ExitCode.ok
            }
            id = chosen
        }
        return try resume(context, store: store, id: id)
    }

    static func resume(_ context: Context, store: TalkStore, id: String) throws -> Int32 {
        let (record, journal) = try store.load(id)
        for notice in journal.notices { context.output.error(notice) }
        guard record.status.isOpen else {
            let word = record.status == .complete ? "finished" : "closed (\(record.status.rawValue))"
            context.output.line("Talk \(id) is \(word). See it with: candor show \(id)")
            return ExitCode.ok
        }
        let loaded = try TalkLoader.load(record.talk.source)
        var session = Session(script: loaded.script, record: record)
        let writer = TalkJournal(existing: try store.append(to: id, after: journal.events.count), id: id, store: store)
        var opening = session.resume(now: Clock.now())
        try writer.record(opening.events, session: session)
        if loaded.info.hash != record.talk.hash {
            opening.notes.insert(Note(.info, "The talk script has changed since this talk began. Your answers are kept; any new questions will be asked."), at: 0)
        }
        let style = context.output.style
        context.output.line(style.bold(loaded.script.title) + style.dim("  · talk \(id)"))
        return try TalkSession.run(context, session: &session, opening: opening, journal: writer)
    }
}
