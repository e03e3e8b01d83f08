import TalkEngine
import TalkStore
import Terminal

extension Context {
    /// The record a view (show, export, diff) prints, from an id or a unique start of one: its notices (a
    /// damaged snapshot, a torn last line) said on stderr, and an answer kept to its author (docs/care.md)
    /// read as skipped.
    /// A practice talk sealed whole (`--lock`) is its author's alone: their passphrase first.
    func recordForView(_ given: String, in store: TalkStore) throws -> (id: String, record: Record) {
        let id = try store.resolve(given)
        let stored = try store.load(id)
        for notice in stored.notices { output.error(TerminalText(notice)) }
        if stored.record.sealing == .whole, !stored.record.lockedPeople.isEmpty {
            guard let opened = try opening(stored.record, for: Array(stored.record.lockedPeople), store: store) else {
                throw CommandFailure(message: "Talk \(id) is locked; its passphrase opens it.", code: .noPermission)
            }
            return (id, opened)
        }
        return (id, stored.record.withheldAnswersSkipped)
    }
}
