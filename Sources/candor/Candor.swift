import Glibc
import TalkStore
import Terminal

/// Runs one invocation of `candor` and returns its exit status. Failures print one clear message.
enum Candor {
    static func main(_ args: [String]) -> Int32 {
        StandardStreams.ensureOpen()  // before any file is opened: see StandardStreams
        signal(SIGPIPE, SIG_IGN)
        TerminalEnvironment.prepareLocale()
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(args)
        } catch let failure as CommandFailure {
            return fail(failure, plain: true)
        } catch {
            return ExitCode.usage
        }
        let context = Context(invocation: invocation)
        do {
            switch invocation.action {
            case .help:
                context.output.line(TerminalText(Usage.text))
                return ExitCode.ok
            case .version:
                context.output.line("candor \(Version.current)")
                return ExitCode.ok
            case .start:
                return try StartCommand.run(context)
            case .practice(let talk, let name):
                return try PracticeCommand.run(context, talk: talk, name: name)
            case .together(let talk, let names, let reveal):
                return try TogetherCommand.run(context, talk: talk, names: names, reveal: reveal)
            case .resume(let id):
                return try ResumeCommand.run(context, id: id)
            case .repair(let id):
                return try RepairCommand.run(context, id: id)
            case .forget(let id, let yes):
                return try ForgetCommand.run(context, id: id, yes: yes)
            case .list(let json):
                return try ListCommand.run(context, json: json)
            case .show(let id, let json, let all):
                return try ShowCommand.run(context, id: id, json: json, all: all)
            case .export(let id, let format, let output, let all):
                return try ExportCommand.run(context, id: id, format: format, output: output, all: all)
            case .diff(let ids, let all):
                return try DiffCommand.run(context, ids: ids, all: all)
            case .check(let files):
                return CheckCommand.run(context, files: files)
            case .talks(let source):
                return try TalksCommand.run(context, source: source)
            }
        } catch let failure as CommandFailure {
            return fail(failure, plain: invocation.plain)
        } catch let error as StoreError {
            return fail(CommandFailure(message: error.description, code: error.exitCode), plain: invocation.plain)
        } catch {
            return fail(CommandFailure(message: "Something went wrong: \(error)", code: ExitCode.ioError), plain: invocation.plain)
        }
    }

    static func fail(_ failure: CommandFailure, plain: Bool) -> Int32 {
        TerminalOutput(colour: false).error("candor: \(failure.message)")
        return failure.code
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
        output = TerminalOutput(colour: TerminalEnvironment.colourWanted(plain: invocation.plain), plain: invocation.plain)
        environment = Environment.all
    }

    func store() throws -> TalkStore {
        guard let root = try TalkStore.defaultRoot(home: invocation.home, environment: environment) else {
            throw CommandFailure(message: "Can't tell where to keep talks: HOME is not set. Use --home DIR or set CANDOR_HOME.",
                                 code: ExitCode.usage)
        }
        // Snapshots name the Candor that wrote them: another version's are not used (the journal is).
        return TalkStore(root: root, writer: "candor \(Version.current)")
    }

    var renderer: PromptRenderer {
        PromptRenderer(style: output.style, width: TerminalEnvironment.width)
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
