import FoundationEssentials
import TalkEngine

/// A talk read back from disk: its record, and where its journal ends, for whoever appends next.
public struct StoredTalk: Sendable {
    public var record: Record
    /// Plain-language notices, such as a torn last line ignored.
    public var notices: [String]
    /// Good lines in the journal (the last `seq`).
    public var entries: Int
    /// Bytes of the journal's good lines; a torn last line after them is ignored.
    public var length: Int
    /// The checksum of the last good line.
    public var lastCRC: UInt32
    /// Whether a snapshot spared decoding the lines it covers.
    public var usedSnapshot: Bool

    /// Checks every line of a journal and folds its events into the record. With a snapshot, only the
    /// lines after it are decoded, and only when the line ending at the snapshot's offset is the entry,
    /// with the checksum, that it names; nil means it did not match (the caller folds without it).
    /// Damage anywhere, before or after the snapshot, is an error naming the line.
    static func fold(bytes: [UInt8], path: String, id: String, snapshot: Snapshot?) throws -> StoredTalk? {
        let decoder = JSONDecoder()
        var record = snapshot?.record
        let decodeFrom = snapshot?.offset ?? 0
        // Without a snapshot there is nothing to match; with one, it must be met on a line's end.
        var matched = snapshot == nil
        var entries = 0
        var length = 0
        var lastCRC: UInt32 = 0
        let lines = JournalLines(bytes: bytes)
        let ending = try lines.walk { line in
            entries = line.checked.seq
            length = line.end
            lastCRC = line.checked.crc
            if let snapshot, line.end == snapshot.offset {
                matched = line.checked.seq == snapshot.entries && line.checked.crc == snapshot.crc
                return matched
            }
            guard line.range.lowerBound >= decodeFrom else { return true }
            guard matched else { return false }  // the snapshot's offset is not where a line ends
            let entry = try lines.entry(line, path: path, with: decoder)
            if record == nil {
                guard case .event(let event) = entry, event.type == .started else {
                    throw StoreError.damaged(
                        file: path, line: line.number, detail: "the first entry does not start a talk")
                }
                record = Record(id: id, started: event)
            } else {
                switch entry {
                case .event(let event): record?.apply(event)
                case .sealed(let sealed): record?.holdSealed(sealed)
                }
            }
            return true
        }
        var notices: [String] = []
        switch ending {
        case .clean:
            break
        case .stopped:
            return nil
        case .torn(let line, _):
            notices.append(JournalLines.tornNotice(path: path, line: line))
        case .damaged(let line, _, let detail):
            throw StoreError.damaged(file: path, line: line, detail: detail)
        }
        guard matched else { return nil }
        guard let record else {
            throw StoreError.damaged(
                file: path, line: 1, detail: "the journal holds no whole entry, so it does not start a talk")
        }
        return StoredTalk(
            record: record, notices: notices, entries: entries, length: length, lastCRC: lastCRC,
            usedSnapshot: snapshot != nil)
    }
}
