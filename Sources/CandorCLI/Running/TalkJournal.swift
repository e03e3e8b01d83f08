import TalkEngine
import TalkScript
import TalkStore

/// Where a running talk's events go. A new talk is held in memory until it is past the readiness
/// check: if someone is not ready (or says red) there, nothing is written at all. From then on every
/// event is on disk before the next prompt is shown, and the talk is locked to this process until
/// `finish` (or until the process ends, however it ends).
///
/// In a sealed talk each private event is sealed under its author's key (`Record.sealedAuthor`). One
/// whose author has not given their passphrase in this sitting yet (a warning sign raised for someone
/// while the other person was at the keyboard) waits here, with everything after it, until the runner
/// has their key (`flush`): the talk asks them for it before showing them anything.
final class TalkJournal {
    private let store: TalkStore
    private let id: String
    private var talk: OpenTalk?
    private var held: [Event] = []
    /// The data keys given in this sitting.
    let keys: Keyring

    /// A talk not yet on disk.
    init(newTalk id: String, store: TalkStore, keys: Keyring = Keyring()) {
        self.store = store
        self.id = id
        self.keys = keys
    }

    /// A talk already on disk and locked by this process (`TalkStore.open`), appended to.
    init(existing talk: OpenTalk, store: TalkStore, keys: Keyring = Keyring()) {
        self.store = store
        self.id = talk.id
        self.talk = talk
        self.keys = keys
    }

    var isOnDisk: Bool { talk != nil }

    /// The store the talk is in (opening sealed lines reads its journal path for messages).
    var talkStore: TalkStore { store }

    func record(_ events: [Event], session: Session) throws {
        held += events
        try flush(session)
    }

    /// Writes what is held, up to the first event whose author's key is not at hand yet; nothing while a
    /// new talk is still in its readiness check.
    func flush(_ session: Session) throws {
        if talk == nil, !session.isPastReadiness { return }
        let sealer = { (event: Event) in session.record.sealedAuthor(of: event, script: session.script) }
        let cut = held.firstIndex { sealer($0).map { !keys.has($0) } ?? false } ?? held.count
        guard cut > 0 else { return }
        let batch = Array(held[..<cut])
        if let talk {
            try talk.append(batch, sealer: sealer, keys: keys)
        } else {
            let created = try store.create(id: id)
            try created.append(batch, sealer: sealer, keys: keys)
            talk = created
        }
        held.removeFirst(cut)
    }

    /// The talk paused, stopped or completed: a snapshot so the next load is quick, its line in the talk
    /// index made again (from the record as written, sealed lines closed), and the lock goes.
    func finish(script: Script?) {
        guard let talk else { return }
        // Indexed while the lock is still held: after it, another Candor may write to the journal first,
        // and its stamp would be paired with this record.
        if let record = talk.record { TalkSummaries.reindex(record, script: script, store: store) }
        talk.close()
    }
}
