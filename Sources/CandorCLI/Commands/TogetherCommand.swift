import TalkEngine
import TalkStore
import Terminal

/// `candor together`: two partners at one terminal. Private questions are answered in turn with the
/// screen handed over; joint questions end in an agreement both confirm; reveals compare lists
/// without pressure.
struct TogetherCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "together",
        abstract: "the talk for two at one terminal: private turns, agreements, and reveals without pressure",
        discussion: "Private questions are answered in turn, with the screen handed over between you. A reveal "
            + "shows what you both want, never a no, unless you started with --reveal all. Joint questions end "
            + "in an agreement you both confirm.",
        options: [
            .value(
                "--talk", value: "NAME|FILE",
                help: "a built-in talk (see candor talks) or a .talk file; "
                    + "else how-to-talk", values: .talks),
            .value("--names", value: "A,B", help: "your two names, separated by a comma (else asked)"),
            .value(
                "--list", value: "NAME|FILE",
                help: "rate this list (a file, or one imported with candor lists import) in place of the "
                    + "talk's own"),
            .value(
                "--reveal", value: "matches|all",
                help: "matches: only what you both want (the default); "
                    + "all: everything side by side", values: .choices([RevealPolicy.matches, .all].map(\.rawValue))),
        ],
        examples: ["candor together", "candor together --names Sam,Alex --reveal all"])

    var talk: String?
    var names: [String]?
    var reveal: RevealPolicy
    var list: String?

    init(talk: String? = nil, names: [String]? = nil, reveal: RevealPolicy = .matches, list: String? = nil) {
        self.talk = talk
        self.list = list
        self.names = names
        self.reveal = reveal
    }

    init(parsing arguments: ParsedArguments) throws {
        talk = arguments.value("--talk")
        list = arguments.value("--list")
        let policy = arguments.value("--reveal") ?? RevealPolicy.matches.rawValue
        guard let reveal = RevealPolicy(rawValue: policy) else {
            throw CommandFailure(
                message: "--reveal takes matches (only what you both want) or all (everything side by side).",
                code: .usage)
        }
        self.reveal = reveal
        if let given = arguments.value("--names") {
            let parts = given.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }), parts[0].lowercased() != parts[1].lowercased()
            else {
                throw CommandFailure(
                    message: "--names takes two different names separated by a comma, such as --names Sam,Alex.",
                    code: .usage)
            }
            names = parts
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        var loaded = try TalkLoader.load(talk, cache: try? context.store())
        for warning in loaded.warnings { context.output.error(TerminalText(warning.description)) }
        let store = try context.store()
        try store.checkWritable()
        if let list { loaded = try ListLoader.applying(list, to: loaded, store: store) }
        let style = context.output.style
        context.output.line(style.bold("\(oneLine: loaded.script.title)") + style.dim("  · together"))
        guard let names = try names ?? Self.askNames(context) else { return ExitCode.ok }
        var rng = SystemRandomNumberGenerator()
        let id = store.newID(using: &rng)
        let journal = TalkJournal(newTalk: id, store: store)
        let people = names.enumerated().map { Participant(id: .numbered($0 + 1), name: $1) }
        var (session, opening) = Session.start(
            script: loaded.script, talk: loaded.info, id: id, mode: .together,
            people: people, now: Clock.now(), reveal: reveal, sealing: .privateAnswers,
            standing: try StandingLookup.offered(for: loaded.script, names: names, mode: .together, store: store))
        opening.notes.insert(
            Note(.info, "Either of you can type red at any time to stop, yellow to slow down, :help for the keys."),
            at: 0)
        return try TalkSession.run(context, session: &session, journal: journal) { _ in opening }
    }

    /// Asks for the two names. nil when the input ended before both were given.
    static func askNames(_ context: Context) throws -> [String]? {
        let reader = context.makeReader()
        let style = context.output.style
        context.output.line("First, what should I call each of you? Any name or nickname is fine.")
        var names: [String] = []
        while names.count < 2 {
            let prompt = (names.isEmpty ? "First person" : "Second person") + style.accent(" › ")
            switch reader.readLine(prompt: prompt, completions: [], prefill: nil) {
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
