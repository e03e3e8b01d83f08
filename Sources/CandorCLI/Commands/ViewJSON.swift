import FoundationEssentials
import TalkEngine
import TalkScript

/// A talk as JSON, exactly as `candor show` shows it (`show --json`, `export --format json`): the record
/// itself when everything may be seen (practising alone, or --all with both people's consent); otherwise
/// a together talk's shared view: the agreements, what the reveals showed, and the warning signs shown
/// to both. No private answer or private warning sign is in it.
enum ViewJSON {
    static func text(_ record: Record, script: Script?, everything: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if everything || record.mode == .practice { return JSONOutput.text(try encoder.encode(record)) }
        let view = RecordView(record: record, script: script, everything: false)
        let items = view.sections.flatMap { section in
            section.entries.map {
                Shared.Item(
                    step: section.title, question: $0.questionId, questionText: $0.question,
                    text: $0.answers.map(\.text).joined(separator: "\n"))
            }
        }
        let shared = Shared(
            schema: record.schema, id: record.id, talk: record.talk, mode: record.mode, people: record.people,
            reveal: record.reveal, status: record.status, created: record.created, updated: record.updated,
            agreements: record.agreements.filter { $0.value.agreed }, shared: items, flags: view.flags)
        return JSONOutput.text(try encoder.encode(shared))
    }

    /// The shared view's shape (docs/record-format.md).
    private struct Shared: Encodable {
        var schema: Int
        var id: String
        var talk: TalkInfo
        var mode: Mode
        var people: [Participant]
        var reveal: RevealPolicy
        var status: Record.Status
        var created: Moment
        var updated: Moment
        var agreements: [String: Agreement]
        /// What the reveals showed and the agreements, as `show` words them.
        var shared: [Item]
        /// Warning signs both saw.
        var flags: [String]
        struct Item: Encodable {
            var step: String
            var question: String
            var questionText: String
            var text: String
        }
    }
}
