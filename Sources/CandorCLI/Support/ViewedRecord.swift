import TalkEngine
import TalkStore
import Terminal

extension Context {
    /// The record a view (show, export, diff) prints, from an id or a unique start of one: its notices (a
    /// damaged snapshot, a torn last line) said on stderr, and an answer kept to its author (docs/care.md)
    /// read as skipped.
    func recordForView(_ given: String, in store: TalkStore) throws -> (id: String, record: Record) {
        let id = try store.resolve(given)
        let stored = try store.load(id)
        for notice in stored.notices { output.error(TerminalText(notice)) }
        return (id, stored.record.withheldAnswersSkipped)
    }
}
