import TalkEngine
import TalkStore
import Terminal

/// `candor show ID [--json] [--all]`: a talk's record, readable or as JSON. A together talk shows what
/// both of you saw together (agreements, reveals, warning signs raised by a joint answer); --all shows
/// everything, once both have agreed (EverythingConsent). --json is the same view as JSON.
struct ShowCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "show", abstract: "one talk's record, readable or as JSON",
        discussion: "A together talk shows what you both saw together: the agreements, what the reveals "
            + "showed, and warning signs raised by a joint answer. --all shows everything, once you have both "
            + "agreed at the terminal.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to show: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        options: [
            .flag("--json", help: "the same view as JSON (docs/record-format.md)"),
            .flag(
                "--all",
                help: "a together talk: everything, both people's private answers too, once you "
                    + "each agree by typing your passphrase"),
            .flag(
                "--mine",
                help: "a together talk: your own private answers beside what you shared, "
                    + "once you say who you are and type your passphrase"),
        ],
        examples: ["candor show 3f2a", "candor show 3f2a --json", "candor show 3f2a --mine"])

    var id: String
    var json: Bool
    var all: Bool
    var mine: Bool

    init(parsing arguments: ParsedArguments) throws {
        json = arguments.flag("--json")
        all = arguments.flag("--all")
        mine = arguments.flag("--mine")
        if all && mine {
            throw CommandFailure(
                message: "--all and --mine ask for different things: choose one. See: candor show --help",
                code: .usage)
        }
        id = try arguments.required(0, missing: "candor show needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        var (id, record) = try context.recordForView(self.id, in: store)
        if all {
            let command = "candor show \(id)\(json ? " --json" : "")"
            guard let opened = try EverythingConsent.everything(context, record, command: command, store: store) else {
                return ExitCode.noPermission
            }
            record = opened
        }
        let script = TalkLoader.scriptForView(record.talk, store: store, output: context.output)
        if mine, record.mode == .together {
            guard let person = try context.choosePerson(in: record, asking: "Whose answers?", toStandardError: true)
            else { return ExitCode.noInput }
            guard let opened = try context.opening(record, for: [person], store: store) else {
                return ExitCode.noPermission
            }
            record = opened.keepingPrivate(of: person, script: script)
        }
        let everything = record.mode == .practice || all || mine
        if json {
            context.output.line(TerminalText(try ViewJSON.text(record, script: script, everything: everything)))
            return ExitCode.ok
        }
        let view = RecordView(record: record, script: script, everything: everything)
        let out = context.output
        let style = out.style
        out.line(
            style.bold("\(oneLine: record.talk.title)")
                + style.dim(
                    " (\(oneLine: record.talk.id) v\(record.talk.version)) · \(record.mode.rawValue) · \(record.status.rawValue)"
                ))
        out.line(
            style.dim(
                "Talk \(oneLine: record.id) · \(oneLine: TalkSummaries.people(record)) · started \(record.created.shortText) · last touched \(record.updated.shortText)"
            ))
        for section in view.sections {
            out.line()
            out.line(style.bold(style.accent("\(oneLine: section.title)")))
            for entry in section.entries {
                out.line("  \(oneLine: entry.question)")
                for a in entry.answers {
                    let who: TerminalText = RecordView.speaker(a.speaker, in: record).map { "\(oneLine: $0): " } ?? ""
                    for line in Self.indentedLines(a.text, first: "    " + who, rest: "      ") {
                        out.line(style.calm(line))
                    }
                }
            }
        }
        if !view.flags.isEmpty {
            out.line()
            out.line(style.warning(style.bold("Warning signs noted")))
            for f in view.flags {
                for line in Self.indentedLines(f, first: "  ", rest: "  ") { out.line(style.warning(line)) }
            }
        }
        if !view.card.isEmpty {
            out.line()
            out.line(style.bold(style.accent("My script")))
            for line in view.card { out.line("  \(oneLine: line)") }
        }
        return ExitCode.ok
    }

    /// Text that may hold line breaks (a reveal's summary), as lines to print: each sanitized, the first
    /// after `first`, the others after `rest`, so a break never shows as ^J.
    static func indentedLines(_ text: String, first: TerminalText, rest: TerminalText) -> [TerminalText] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            (i == 0 ? first : rest) + "\(oneLine: String(line))"
        }
    }
}
