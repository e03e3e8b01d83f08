import TalkEngine

/// A talk open for writing by this process: its lock, its journal, and the record folded from what was
/// written, from which a snapshot is made every `snapshotInterval` events and when the talk is closed.
/// Saving an event is one write and one fsync whatever the talk's length; the snapshot's cost is spread
/// over the events between two snapshots.
public final class OpenTalk {
    /// Events between two snapshots at least (more in a long journal: see `append`): often enough that
    /// loading a long talk decodes few lines, rarely enough that writing them costs little.
    public static let snapshotInterval = 256

    public let id: String
    public var folder: String { directory.path }
    public let lock: TalkLock
    /// The talk's folder, held open: the journal and snapshot are opened relative to it, never by path.
    private let directory: Folder
    private let writer: String
    private var journal: Journal?
    /// The record as the journal's lines fold, sealed ones left closed: what a snapshot holds.
    public private(set) var record: Record?
    private var sinceSnapshot = 0

    init(id: String, directory: Folder, lock: TalkLock, writer: String, journal: Journal?, record: Record?) {
        self.id = id
        self.directory = directory
        self.lock = lock
        self.writer = writer
        self.journal = journal
        self.record = record
    }

    /// Whole good lines in the journal.
    public var entries: Int { journal?.entries ?? 0 }

    /// Saves events, durably, before returning. The first events of a new talk create its journal.
    /// `sealer`: whose key seals an event (`Record.sealedAuthor`), from `keys`. The record here is folded
    /// from what was written (sealed lines closed: a snapshot must never hold an opened answer), never
    /// shared with the caller's: two holders of one record make each change copy all of it, which at
    /// 10,000 answers was most of the cost of saving one.
    public func append(
        _ events: [Event], sealer: (Event) -> PersonID? = { _ in nil }, keys: Keyring? = nil
    ) throws {
        guard !events.isEmpty else { return }
        let outgoing = try events.map { event -> Journal.Outgoing in
            guard let person = sealer(event) else { return Journal.Outgoing(event: event, sealer: nil) }
            guard let key = keys?.key(for: person) else { throw StoreError.keyMissing(person: person.rawValue) }
            return Journal.Outgoing(event: event, sealer: (person, key))
        }
        let written: [JournalEntry]
        if let journal {
            written = try journal.append(outgoing, talk: id)
        } else {
            let created = try Journal.create(in: directory, events: outgoing, talk: id)
            journal = created.0
            written = created.1
        }
        for entry in written {
            switch entry {
            case .event(let event) where record == nil:
                if event.type == .started { record = Record(id: id, started: event) }
            case .event(let event):
                record?.apply(event)
            case .sealed(let sealed):
                record?.holdSealed(sealed)
            }
        }
        sinceSnapshot += events.count
        // A snapshot only speeds up loading: failing to write one loses nothing. Its cost grows with the
        // record, so the interval grows with the journal too (a quarter of it): spread over the events
        // between two snapshots, writing them costs the same per answer however long the talk.
        if sinceSnapshot >= max(OpenTalk.snapshotInterval, entries / 4) { try? writeSnapshot() }
    }

    /// Writes the snapshot now (atomically; the journal stays the truth).
    public func writeSnapshot() throws {
        guard let journal, let record, journal.entries > 0 else { return }
        try Snapshot(
            writer: writer, entries: journal.entries, offset: journal.length, crc: journal.lastCRC, record: record
        )
        .write(in: directory)
        sinceSnapshot = 0
    }

    /// Ends this process's hold on the talk: a last snapshot if anything changed, then the lock goes (and
    /// its file with it). A short finished talk keeps only its journal, its snapshot removed: it is read
    /// again only to be shown, folding fewer than `snapshotInterval` events costs next to nothing, and
    /// the talk index answers `list`; so a finished check-in takes one folder and one file.
    public func close() {
        if let journal, record?.status.isOpen == false, journal.entries < OpenTalk.snapshotInterval {
            Snapshot.remove(in: directory)
        } else if sinceSnapshot > 0 {
            try? writeSnapshot()
        }
        lock.release()
    }
}
