import Exports
import FoundationEssentials
import TalkEngine
import TalkScript
import TalkStore

/// `candor export ID --format md|json|ics|html [-o FILE] [--all]`: a talk in a form to keep, print or
/// put in a calendar. A together talk exports only what its reveals showed and the agreements, unless
/// --all; a file written with -o is 0600, as private as the record itself.
enum ExportCommand {
    static let formats = ["md", "json", "ics", "html"]

    static func run(_ context: Context, id given: String, format: String, output: String?, all: Bool) throws -> Int32 {
        let store = try context.store()
        let id = try store.resolve(given)
        let stored = try store.load(id)
        let record = stored.record.withheldAnswersSkipped  // an answer kept to its author (docs/care.md)
        for notice in stored.notices { context.output.error(notice) }
        let script = try? TalkLoader.load(record.talk.source).script
        if record.mode == .together && all {
            context.output.error("This export holds everything both of you answered privately, including anything either of you said no to.")
        }
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
            text = try json(record, script: script, everything: everything)
        }
        guard let output else {
            context.output.write(text)
            return ExitCode.ok
        }
        try FileIO.writePrivateFile(output, Array(text.utf8))
        context.output.error("Wrote \(output) (readable only by you).")
        return ExitCode.ok
    }

    /// The record itself; for a together talk, unless everything, only what both have seen.
    static func json(_ record: Record, script: Script?, everything: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if everything { return JSONOutput.text(try encoder.encode(record)) + "\n" }
        struct Shared: Encodable {
            var schema: Int
            var id: String
            var talk: TalkInfo
            var mode: Mode
            var people: [Participant]
            var status: Record.Status
            var agreements: [String: Agreement]
            var shared: [Item]
            struct Item: Encodable {
                var step: String
                var question: String
                var text: String
            }
        }
        let view = RecordView(record: record, script: script, everything: false)
        let items = view.sections.flatMap { section in
            section.entries.map { Shared.Item(step: section.title, question: $0.questionId, text: $0.answers.map(\.text).joined(separator: "\n")) }
        }
        let shared = Shared(schema: record.schema, id: record.id, talk: record.talk, mode: record.mode, people: record.people,
                            status: record.status, agreements: record.agreements.filter { $0.value.agreed }, shared: items)
        return JSONOutput.text(try encoder.encode(shared)) + "\n"
    }
}
