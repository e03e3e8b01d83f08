import TalkEngine
import TalkStore
import Terminal

/// `candor together`: two partners at one terminal. Private questions are answered in turn with the
/// screen handed over; joint questions end in an agreement both confirm; reveals compare lists
/// without pressure.
enum TogetherCommand {
    static func run(_ context: Context, talk: String?, names given: [String]?, reveal: String) throws -> Int32 {
        let loaded = try TalkLoader.load(talk)
        for warning in loaded.warnings { context.output.error(TerminalText(warning.description)) }
        let store = try context.store()
        try store.checkWritable()
        let style = context.output.style
        context.output.line(style.bold("\(oneLine: loaded.script.title)") + style.dim("  · together"))
        guard let names = try given ?? askNames(context) else { return ExitCode.ok }
        var rng = SystemRandomNumberGenerator()
        let id = store.newID(using: &rng)
        let journal = TalkJournal(newTalk: id, store: store)
        let people = names.enumerated().map { Participant(id: "p\($0 + 1)", name: $1) }
        var (session, opening) = Session.start(script: loaded.script, talk: loaded.info, id: id, mode: .together,
                                               people: people, now: Clock.now(), reveal: RevealPolicy(rawValue: reveal) ?? .matches)
        try journal.record(opening.events, session: session)
        opening.notes.insert(Note(.info, "Either of you can type red at any time to stop, yellow to slow down, :help for the keys."), at: 0)
        return try TalkSession.run(context, session: &session, opening: opening, journal: journal)
    }

    /// Asks for the two names. nil when the input ended before both were given.
    static func askNames(_ context: Context) throws -> [String]? {
        let reader = context.makeReader()
        let style = context.output.style
        context.output.line("First, what should I call each of you? Any name or nickname is fine.")
        var names: [String] = []
        while names.count < 2 {
            let prompt = (names.isEmpty ? "First person" : "Second person") + style.accent(" › ")
            switch reader.readLine(prompt: prompt, completions: [], remember: false, prefill: nil) {
            case .line(let typed):
                if !Environment.stdinIsTerminal { context.output.line("\(oneLine: typed)") }
                let name = typed.trimmingSpaces
                if name.isEmpty || name.count > 40 || name.contains(where: { $0.isNewline }) {
                    context.output.line(style.warning("A name of 1 to 40 characters, please."))
                } else if names.contains(where: { $0.lowercased() == name.lowercased() }) {
                    context.output.line(style.warning("Please use two different names, so I can tell you apart."))
                } else {
                    names.append(name)
                }
            case .endOfInput:
                context.output.line("Nothing was saved.")
                return nil
            case .interrupted:
                throw CommandFailure(message: "Stopped. Nothing was saved.", code: ExitCode.interrupted)
            }
        }
        return names
    }
}
