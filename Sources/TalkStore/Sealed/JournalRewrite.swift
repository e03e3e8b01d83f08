import FoundationEssentials
import Sealing
import TalkEngine

/// A line of a journal being written anew (`lock`, `unlock`, `passphrase`).
public enum RewrittenLine {
    case plain(Event)
    /// Sealed under this person's data key at the line's new place.
    case sealed(Event, by: PersonID, key: SecretBytes)
    /// A sealed line kept byte for byte: it must stay at its own seq, which its sealing binds.
    case kept(SealedEntry)
}

extension TalkStore {
    /// Replaces a talk's whole journal, under its lock, all or nothing: the new journal is written to a
    /// temporary file, fsync'd and renamed over the old one (then the folder is fsync'd), so a kill at any
    /// point leaves one whole readable version, old or new. The snapshot goes: it described the old one.
    /// `make` gets the talk as it is (its record and its lines) and gives the new lines.
    public func rewrite(_ id: String, _ make: (Record, [JournalEntry]) throws -> [RewrittenLine]) throws {
        guard let folder = try talkFolder(id, writing: true) else { throw StoreError.notFound(id) }
        let lock = try TalkLock.acquire(folder: folder, id: id)
        defer { lock.release() }
        defer { dropIndexLine(id) }  // the journal changes: its line is made again from it
        try folder.removeLeftovers()
        let path = folder.child(Journal.fileName)
        guard let bytes = try folder.read(Journal.fileName) else { throw StoreError.notFound(id) }
        let loaded = try LoadedJournal.parse(bytes: bytes, path: path)
        guard let stored = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: nil) else {
            throw StoreError.damaged(file: path, line: 1, detail: "the journal holds no whole entry")
        }
        var out: [UInt8] = []
        for (i, line) in try make(stored.record, loaded.entries).enumerated() {
            let seq = i + 1
            switch line {
            case .plain(let event):
                out += JournalCodec.encodeLine(seq: seq, event: event).bytes
            case .sealed(let event, let person, let key):
                out +=
                    JournalCodec.encodeSealed(SealedLines.seal(event, seq: seq, talk: id, by: person, key: key)).bytes
            case .kept(let entry):
                precondition(entry.seq == seq, "a kept sealed line must stay at its own place")
                out += JournalCodec.encodeSealed(entry).bytes
            }
        }
        try folder.writeAtomically(out, to: Journal.fileName)
        Snapshot.remove(in: folder)
    }
}
