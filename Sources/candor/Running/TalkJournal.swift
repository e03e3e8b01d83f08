import TalkEngine
import TalkStore

/// Where a running talk's events go. A new talk is held in memory until it is past the readiness
/// check: if someone is not ready (or says red) there, nothing is written at all. From then on every
/// event is on disk before the next prompt is shown.
final class TalkJournal {
    private let store: TalkStore
    private let id: String
    private var journal: Journal?
    private var held: [Event] = []

    /// A talk not yet on disk.
    init(newTalk id: String, store: TalkStore) {
        self.store = store
        self.id = id
    }

    /// A talk already on disk, appended to.
    init(existing journal: Journal, id: String, store: TalkStore) {
        self.store = store
        self.id = id
        self.journal = journal
    }

    var isOnDisk: Bool { journal != nil }

    func record(_ events: [Event], session: Session) throws {
        if let journal {
            try journal.append(events)
            return
        }
        held += events
        guard session.isPastReadiness else { return }
        let created = try store.create(id: id)
        try created.append(held)
        held = []
        journal = created
    }
}
