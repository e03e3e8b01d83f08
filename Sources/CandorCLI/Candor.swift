import CAllocator
import Glibc
import TalkStore
import Terminal

/// Runs one invocation of `candor` and returns its exit status. Failures print one clear message.
public enum Candor {
    public static func main(_ args: [String]) -> Int32 {
        candor_tune_allocator()  // before anything is allocated: see CAllocator
        StandardStreams.ensureOpen()  // before any file is opened: see StandardStreams
        signal(SIGPIPE, SIG_IGN)
        TerminalEnvironment.prepareLocale()
        let invocation: Invocation
        do {
            try Clock.check()
            invocation = try ArgumentScanner.parse(args)
        } catch {
            return fail(error).rawValue
        }
        let context = Context(invocation: invocation)
        do {
            switch invocation.action {
            case .overview:
                context.output.line(TerminalText(HelpText.overview))
                return ExitCode.ok.rawValue
            case .help(let spec):
                context.output.line(TerminalText(HelpText.help(for: spec)))
                return ExitCode.ok.rawValue
            case .version:
                context.output.line("candor \(Version.current)")
                return ExitCode.ok.rawValue
            case .start:
                return try StartCommand().run(context).rawValue
            case .run(let command):
                return try command.run(context).rawValue
            }
        } catch {
            return fail(error).rawValue
        }
    }

    /// Says what went wrong on stderr and gives the status for it: the one place errors become statuses.
    static func fail(_ error: any Error) -> ExitCode {
        let failure = failure(for: error)
        TerminalOutput(colour: false).error("candor: \(failure.message)")
        return failure.code
    }

    static func failure(for error: any Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: failure
        case let error as StoreError: CommandFailure(message: error.description, code: ExitCode(error))
        default: CommandFailure(message: "Something went wrong: \(error)", code: .software)
        }
    }
}

/// What every command needs: the options, the output, and (on demand) the store.
struct Context {
    let invocation: Invocation
    let output: TerminalOutput
    let environment: [String: String]
    /// What is made once and shared by every part of the command.
    private let shared = Shared()

    private final class Shared {
        var reader: LineReader?
    }

    init(invocation: Invocation) {
        self.invocation = invocation
        output = TerminalOutput(
            colour: TerminalEnvironment.colourWanted(plain: invocation.plain), plain: invocation.plain)
        environment = Environment.all
    }

    func store() throws -> TalkStore {
        guard let root = try TalkStore.defaultRoot(home: invocation.home, environment: environment) else {
            throw CommandFailure(
                message: "Can't tell where to keep talks: HOME is not set. Use --home DIR or set CANDOR_HOME.",
                code: .usage)
        }
        // Snapshots name the Candor that wrote them: another version's are not used (the journal is).
        return TalkStore(root: root, writer: "candor \(Version.current)")
    }

    var renderer: PromptRenderer {
        PromptRenderer(style: output.style, width: TerminalEnvironment.width)
    }

    /// Asking for passphrases, on the same input as everything else; `toStandardError` when stdout holds
    /// what a command prints (a view).
    func passphrases(toStandardError: Bool = false) -> PassphraseAsking {
        TerminalPassphrases(output: output, reader: makeReader(), toStandardError: toStandardError)
    }

    /// libedit on a terminal; plain lines otherwise (pipes, files, screen readers with --plain). One
    /// reader serves the whole process: a second one on the same input would lose what the first buffered.
    func makeReader() -> LineReader {
        if let reader = shared.reader { return reader }
        InterruptSignal.install()
        let reader: LineReader
        if TerminalEnvironment.isInteractive, let editor = LineEditor(programName: "candor") {
            TerminalRestore.installExitHandlers()
            reader = editor
        } else {
            reader = PlainReader(output: output)
        }
        shared.reader = reader
        return reader
    }
}
