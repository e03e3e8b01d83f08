import Exports
import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor export ID --format md|json|ics|html|csv [-o FILE] [--all]`: a talk in a form to keep, print or
/// put in a calendar. Every format holds exactly what `candor show` shows: a together talk only what its
/// reveals showed, the agreements and the warning signs both saw, unless --all (both consent, on a
/// terminal); a file written with -o is 0600, as private as the record itself.
struct ExportCommand: Command, Equatable {
    /// What an export can be written as, by the name `--format` takes.
    enum Format: String, CaseIterable, Sendable {
        case md, json, ics, html, csv, kinklist
    }

    static let spec = CommandSpec(
        name: "export", abstract: "a talk to keep, print, or put in a calendar",
        discussion: "Every format holds exactly what candor show shows: a together talk as its reveals showed "
            + "it, unless --all. ics holds only the agreed time, worded discreetly. A file written with -o is "
            + "readable only by you.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to export: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        options: [
            .value(
                "--format", value: Format.allCases.map(\.rawValue).joined(separator: "|"),
                help:
                    "md (Markdown), json, ics (iCalendar), html, csv (the ratings, a row each) or kinklist (KinkList text)",
                required: true,
                values: .choices(Format.allCases.map(\.rawValue))),
            .value(
                "--output", "-o", value: "FILE", help: "write to FILE (mode 0600) instead of printing",
                values: .files),
            .flag("--all", help: "a together talk: everything, once you each agree by typing your passphrase"),
            .value(
                "--remind", value: "TIME", help: "ics: an alarm TIME before each entry (30m, 1h, 2d)",
                values: .choices(["30m", "1h", "1d"])),
        ],
        examples: [
            "candor export 3f2a --format md -o talk.md", "candor export 3f2a --format ics > talk.ics",
            "candor export 3f2a --format ics --remind 1h -o talk.ics",
        ])

    var id: String
    var format: Format
    var output: String?
    var all: Bool
    var remind: Reminder?

    init(parsing arguments: ParsedArguments) throws {
        output = arguments.value("--output")
        all = arguments.flag("--all")
        id = try arguments.required(0, missing: "candor export needs a talk id. See your talks with: candor list")
        guard let format = arguments.value("--format").flatMap(Format.init(rawValue:)) else {
            throw CommandFailure(message: "candor export needs --format md, json, ics or html.", code: .usage)
        }
        self.format = format
        if let text = arguments.value("--remind") {
            guard format == .ics else {
                throw CommandFailure(message: "--remind goes with --format ics (a calendar's alarm).", code: .usage)
            }
            guard let remind = Reminder(parsing: text) else {
                throw CommandFailure(
                    message: "--remind takes a time before the entry: a number and m, h or d (30m, 1h, 2d), "
                        + "up to 28d.", code: .usage)
            }
            self.remind = remind
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        var (id, record) = try context.recordForView(self.id, in: store)
        if all {
            let command = "candor export \(id) --format \(format.rawValue)"
            guard let opened = try EverythingConsent.everything(context, record, command: command, store: store) else {
                return ExitCode.noPermission
            }
            record = opened
        }
        let script = TalkLoader.scriptForView(record.talk, store: store, output: context.output)
        let everything = record.mode == .practice || all
        let text: String
        switch format {
        case .md:
            text = MarkdownExport.render(record, script: script, everything: everything)
        case .html:
            text = HTMLExport.render(record, script: script, everything: everything)
        case .csv, .kinklist:
            if record.mode == .together && !everything {
                context.output.error(
                    "A together talk's ratings are each person's own, so the export holds them only with --all "
                        + "(both of you agree, typing your passphrases)."
                        + (format == .csv ? " Without it, only the header is written." : ""))
            }
            text =
                format == .csv
                ? CSVExport.render(record, script: script, everything: everything)
                : KinkListExport.render(record, script: script, everything: everything)
        case .ics:
            guard let script else {
                throw CommandFailure(
                    message: "Can't find the talk script \(record.talk.source) to tell which answers are dates.",
                    code: ExitCode.noInput)
            }
            guard !CalendarExport.events(record, script: script).isEmpty else {
                throw CommandFailure(
                    message: "Talk \(id) has no agreed date yet, so there is nothing to put in a calendar.",
                    code: ExitCode.dataError)
            }
            text = CalendarExport.render(
                record, script: script, product: "candor \(Version.current)", remind: remind,
                plan: try Self.plan(of: record, script: script, store: store))
        case .json:
            text = try ViewJSON.text(record, script: script, everything: everything) + "\n"
        }
        guard let output else {
            // Every format is already free of controls (ExportText, JSONOutput); the sanitizer makes sure.
            context.output.write(TerminalText(text))
            return ExitCode.ok
        }
        switch try FileIO.writePrivateFile(output, Array(text.utf8)) {
        case .privateFile: context.output.error("Wrote \(output) (readable only by you).")
        case .stream: break  // a pipe or a terminal: what was written is the message
        }
        return ExitCode.ok
    }

    /// The same people's talks up to and including this one, oldest first, for what its calendar entries
    /// say beyond its own answers.
    static func plan(of record: Record, script: Script, store: TalkStore) throws -> CalendarExport.Plan {
        let key = StandingLookup.peopleKey(record)
        let earlier = (try StandingLookup.groups(store, only: [key])[key] ?? []).filter {
            $0.record.id != record.id && $0.record.created <= record.created
        }
        return CalendarExport.Plan(earlier + [(record, script)])
    }
}
