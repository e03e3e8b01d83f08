import Exports
import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor export ID --format md|json|ics|html [-o FILE] [--all]`: a talk in a form to keep, print or
/// put in a calendar. Every format holds exactly what `candor show` shows: a together talk only what its
/// reveals showed, the agreements and the warning signs both saw, unless --all (both consent, on a
/// terminal); a file written with -o is 0600, as private as the record itself.
enum ExportCommand {
    static let formats = ["md", "json", "ics", "html"]

    static func run(_ context: Context, id given: String, format: String, output: String?, all: Bool) throws -> Int32 {
        let store = try context.store()
        let id = try store.resolve(given)
        let stored = try store.load(id)
        let record = stored.record.withheldAnswersSkipped  // an answer kept to its author (docs/care.md)
        for notice in stored.notices { context.output.error(TerminalText(notice)) }
        if all, !(try EverythingConsent.granted(context, record, command: "candor export \(id) --format \(format)")) {
            return ExitCode.ok
        }
        let script = try? TalkLoader.load(record.talk.source).script
        let everything = record.mode == .practice || all
        let text: String
        switch format {
        case "md":
            text = MarkdownExport.render(record, script: script, everything: everything)
        case "html":
            text = HTMLExport.render(record, script: script, everything: everything)
        case "ics":
            guard let script else {
                throw CommandFailure(message: "Can't find the talk script \(record.talk.source) to tell which answers are dates.",
                                     code: ExitCode.noInput)
            }
            guard !CalendarExport.events(record, script: script).isEmpty else {
                throw CommandFailure(message: "Talk \(id) has no agreed date yet, so there is nothing to put in a calendar.",
                                     code: ExitCode.dataError)
            }
            text = CalendarExport.render(record, script: script, product: "candor \(Version.current)")
        default:
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
}
