import TalkEngine
import TalkStore

/// Where a running talk's events go. A new talk is held in memory until it is past the readiness
/// check: if someone is not ready (or says red) there, nothing is written at all. From then on every
/// event is on disk before the next prompt is shown, and the talk is locked to this process until
/// `finish` (or until the process ends, however it ends).
final class TalkJournal {
    private let store: TalkStore
    private let id: String
    private var talk: OpenTalk?
    private var held: [Event] = []

    /// A talk not yet on disk.
    init(newTalk id: String, store: TalkStore) {
        self.store = store
        self.id = id
    }

    /// A talk already on disk and locked by this process (`TalkStore.open`), appended to.
    init(existing talk: OpenTalk, store: TalkStore) {
        self.store = store
        self.id = talk.id
        self.talk = talk
    }

    var isOnDisk: Bool { talk != nil }

    func record(_ events: [Event], session: Session) throws {
        if let talk {
            try talk.append(events, folded: session.record)
            return
        }
        held += events
        guard session.isPastReadiness else { return }
        let created = try store.create(id: id)
        try created.append(held, folded: session.record)
        held = []
        talk = created
    }

    /// The talk paused, stopped or completed: a snapshot so the next load is quick, and the lock goes.
    func finish() {
        talk?.close()
    }
}
