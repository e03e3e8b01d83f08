import TalkEngine
import TalkStore
import Terminal

/// `candor practice`: one person prepares alone, then rehearses their script.
struct PracticeCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "practice", aliases: ["practise"],
        abstract: "practise the talk alone, then rehearse your script",
        discussion: "One question at a time, at your pace. Your answers are saved as you go; :pause or Ctrl-D "
            + "stops for now, and candor resume carries on.",
        options: [
            .value(
                "--talk", value: "NAME|FILE",
                help: "a built-in talk (see candor talks) or a .talk file; "
                    + "else how-to-talk", values: .talks),
            .value("--name", value: "NAME", help: "what to call you (optional)"),
            .value(
                "--list", value: "NAME|FILE",
                help: "rate this list (a file, or one imported with candor lists import) in place of the "
                    + "talk's own"),
            .flag(
                "--lock",
                help: "seal the whole record under a passphrase you choose first; "
                    + "candor list still shows the talk, its dates and status"),
        ],
        examples: ["candor practice", "candor practice --talk check-in --name Sam", "candor practice --lock"])

    var talk: String?
    var name: String?
    var lock = false
    var list: String?

    init(talk: String? = nil, name: String? = nil, lock: Bool = false, list: String? = nil) {
        self.talk = talk
        self.list = list
        self.name = name
        self.lock = lock
    }

    init(parsing arguments: ParsedArguments) {
        self.init(
            talk: arguments.value("--talk"), name: arguments.value("--name"), lock: arguments.flag("--lock"),
            list: arguments.value("--list"))
    }

    func run(_ context: Context) throws -> ExitCode {
        var loaded = try TalkLoader.load(talk, cache: try? context.store())
        for warning in loaded.warnings { context.output.error(TerminalText(warning.description)) }
        let store = try context.store()
        try store.checkWritable()
        if let list { loaded = try ListLoader.applying(list, to: loaded, store: store) }
        var rng = SystemRandomNumberGenerator()
        let id = store.newID(using: &rng)
        let journal = TalkJournal(newTalk: id, store: store)
        let person = Participant(id: .first, name: name.flatMap { $0.isEmpty ? nil : $0 })
        var (session, opening) = Session.start(
            script: loaded.script, talk: loaded.info, id: id, mode: .practice,
            people: [person], now: Clock.now(), sealing: lock ? .whole : nil,
            standing: try StandingLookup.offered(
                for: loaded.script, names: person.name.map { [$0] } ?? [], mode: .practice, store: store))
        session.brought = loaded.brought
        let style = context.output.style
        context.output.line(
            style.bold("\(oneLine: loaded.script.title)") + style.dim("  · practising alone · talk \(id)"))
        opening.notes.insert(
            Note(.info, "Type red at any time to stop, yellow to slow down, :help for the keys."), at: 0)
        return try TalkSession.run(context, session: &session, journal: journal) { _ in opening }
    }
}

/// Running a talk to its end and saying goodbye in a way that fits how it ended.
enum TalkSession {
    /// `open` makes the opening reply once the talk's keys are at hand: a sealed talk resumed asks for
    /// the passphrases it needs first, and three wrong tries leave it exactly as it was (exit 77).
    static func run(
        _ context: Context, session: inout Session, journal: TalkJournal, open: (inout Session) throws -> Reply
    ) throws -> ExitCode {
        let runner = TalkRunner(
            output: context.output, reader: context.makeReader(), renderer: context.renderer,
            journal: journal, echoInput: !Environment.stdinIsTerminal, passphrases: context.passphrases())
        let status: ExitCode
        do {
            defer { journal.finish(script: session.script) }
            if session.personToUnlock != nil {
                let sealed = SealedTurns(passphrases: runner.passphrases, journal: journal)
                let (outcome, unwritten) = try sealed.prepare(&session, writeLater: true)
                switch outcome {
                case .ready:
                    try journal.record(unwritten, session: session)
                case .refused:
                    context.output.line(
                        "Nothing was changed. Carry on whenever you have it: candor resume \(session.record.id)")
                    return ExitCode.noPermission
                case .endOfInput:
                    context.output.line(
                        context.output.style.dim(
                            "Nothing was changed. Carry on later with: candor resume \(session.record.id)"))
                    return ExitCode.ok
                case .interrupted:
                    return ExitCode.interrupted
                }
            }
            let opening = try open(&session)
            try journal.record(opening.events, session: session)
            status = try runner.run(&session, opening: opening)
        }
        // After :hide nothing more is shown, not even how to carry on.
        if session.wasHidden { return status }
        let id = session.record.id
        let dim = context.output.style.dim
        switch session.ending {
        case .paused?:
            context.output.line(
                dim(
                    journal.isOnDisk
                        ? "Carry on later with: candor resume \(id)"
                        : "Nothing was saved yet: the readiness check comes first, next time too."))
        case .complete?:
            context.output.line("\n" + dim("Saved as talk \(id). See it again with: candor show \(id)"))
        case .stopped?, .ended?:
            context.output.line(dim(journal.isOnDisk ? "Saved as talk \(id)." : "Nothing from this talk was saved."))
        case nil:
            break
        }
        return status
    }
}
