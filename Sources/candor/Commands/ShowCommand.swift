import TalkEngine
import TalkStore
import Terminal

/// `candor show ID [--json] [--all]`: a talk's record, readable or as JSON. A together talk shows what
/// both of you saw together (agreements, reveals, warning signs raised by a joint answer); --all shows
/// everything, once both have agreed (EverythingConsent). --json is the same view as JSON.
enum ShowCommand {
    static func run(_ context: Context, id given: String, json: Bool, all: Bool = false) throws -> Int32 {
        let store = try context.store()
        let id = try store.resolve(given)
        let stored = try store.load(id)
        let record = stored.record.withheldAnswersSkipped  // an answer kept to its author (docs/care.md)
        for notice in stored.notices { context.output.error(TerminalText(notice)) }
        if all, !(try EverythingConsent.granted(context, record, command: "candor show \(id)\(json ? " --json" : "")")) {
            return ExitCode.ok
        }
        let everything = record.mode == .practice || all
        let script = try? TalkLoader.load(record.talk.source).script
        if json {
            context.output.line(TerminalText(try ViewJSON.text(record, script: script, everything: everything)))
            return ExitCode.ok
        }
        let view = RecordView(record: record, script: script, everything: everything)
        let out = context.output
        let style = out.style
        out.line(style.bold("\(oneLine: record.talk.title)") + style.dim(" (\(oneLine: record.talk.id) v\(record.talk.version)) · \(record.mode.rawValue) · \(record.status.rawValue)"))
        out.line(style.dim("Talk \(oneLine: record.id) · \(oneLine: TalkSummaries.people(record)) · started \(record.created.shortText) · last touched \(record.updated.shortText)"))
        for section in view.sections {
            out.line()
            out.line(style.bold(style.accent("\(oneLine: section.title)")))
            for entry in section.entries {
                out.line("  \(oneLine: entry.question)")
                for a in entry.answers {
                    let who: TerminalText = RecordView.speaker(a.person, in: record).map { "\(oneLine: $0): " } ?? ""
                    for line in indentedLines(a.text, first: "    " + who, rest: "      ") { out.line(style.calm(line)) }
                }
            }
        }
        if !view.flags.isEmpty {
            out.line()
            out.line(style.warning(style.bold("Warning signs noted")))
            for f in view.flags {
                for line in indentedLines(f, first: "  ", rest: "  ") { out.line(style.warning(line)) }
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
