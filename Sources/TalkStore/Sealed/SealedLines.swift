import FoundationEssentials
import Sealing
import TalkEngine

/// Sealing one event into a journal line and opening it again. The event's JSON is sealed with
/// XChaCha20-Poly1305 under its author's data key, with the talk, the line's seq and the author bound
/// in as associated data: a line changed, moved to another talk or to another place in this one, or
/// claimed by the other person, does not open.
enum SealedLines {
    static func seal(_ event: Event, seq: Int, talk: String, by person: PersonID, key: SecretBytes) -> SealedEntry {
        let box = SealedBox.seal(
            EventJSON.encode(event), key: key,
            context: SealingContext.line(talk: talk, seq: seq, author: person.rawValue))
        return SealedEntry(seq: seq, by: person, box: Base64.encode(box))
    }

    /// The event a sealed line holds; damage naming the line when it does not open with this key here.
    static func open(_ entry: SealedEntry, talk: String, key: SecretBytes, path: String, decoder: JSONDecoder) throws
        -> Event
    {
        func damaged(_ detail: String) -> StoreError { .damaged(file: path, line: entry.seq, detail: detail) }
        guard let box = Base64.decode(entry.box) else { throw damaged("a sealed entry that is not base64") }
        let plain: [UInt8]
        do {
            plain = try SealedBox.open(
                box, key: key, context: SealingContext.line(talk: talk, seq: entry.seq, author: entry.by.rawValue))
        } catch {
            throw damaged(
                "its sealed entry does not open: it was changed, or moved here from another talk or another line")
        }
        guard let event = try? decoder.decode(Event.self, from: Data(plain)) else {
            throw damaged("its sealed entry opens, but not to a journal entry")
        }
        switch JournalCodec.validate(event) {
        case .success(let event): return event
        case .failure(.malformed(let why)): throw damaged(why)
        case .failure(.checksum): throw damaged("its checksum does not match")
        }
    }
}

extension TalkStore {
    /// A person's sealed lines in a record, opened in journal order with their unlocked key, ready for
    /// `Session.open` (or `Record.open`). Any line that does not open is damage naming it (exit 65).
    public func opened(_ record: Record, for person: PersonID, keys: Keyring) throws -> [Event] {
        guard let key = keys.key(for: person) else { return [] }
        let decoder = JSONDecoder()
        let path = journalPath(record.id)
        return try (record.sealed ?? []).filter { $0.by == person }.sorted { $0.seq < $1.seq }.map {
            try SealedLines.open($0, talk: record.id, key: key, path: path, decoder: decoder)
        }
    }
}

extension TalkStore {
    /// One sealed line of a talk, opened with its author's unlocked key (`unlock` writes it back plain).
    public func open(_ entry: SealedEntry, in id: String, keys: Keyring) throws -> Event {
        guard let key = keys.key(for: entry.by) else { throw StoreError.keyMissing(person: entry.by.rawValue) }
        return try SealedLines.open(entry, talk: id, key: key, path: journalPath(id), decoder: JSONDecoder())
    }
}
