import FoundationEssentials
import Glibc
import TalkEngine

/// A talk's record as folded from its journal's first `entries` lines, so loading a long talk decodes
/// only the lines after them. A cache, never trusted over the journal: the file carries a checksum of its
/// own bytes, and it is used only when that checksum holds, when it was written by this version of Candor,
/// and when the line ending at `offset` is entry `entries` with checksum `crc` (the journal is still
/// checked in full). Anything else and it is ignored: the journal is folded instead.
struct Snapshot {
    static let fileName = "snapshot.bin"
    /// The name of its first (JSON) form: removed whenever a snapshot is written or removed.
    static let formerFileName = "snapshot.json"
    /// This file's own format; the record inside carries the record schema. 3: compact, answers unkeyed;
    /// 4: sealed lines compact too.
    static let currentSchema = 4

    var schema: Int
    /// The Candor that wrote it: another version might fold the same events differently.
    var writer: String
    /// How many journal lines it covers...
    var entries: Int
    /// ...ending at this byte offset (just past a newline)...
    var offset: Int
    /// ...the last of them with this checksum (as in the journal).
    var crc: UInt32
    var record: Record

    init(writer: String, entries: Int, offset: Int, crc: UInt32, record: Record) {
        schema = Snapshot.currentSchema
        self.writer = writer
        self.entries = entries
        self.offset = offset
        self.crc = crc
        self.record = record
    }

    /// What a folder's snapshot file turned out to be.
    enum Reading {
        /// There is none.
        case absent
        /// Whole, but not for this reader: another format, another Candor, another talk.
        case ignored
        /// Damaged: its bytes are not the ones written (the reason says how). Never used.
        case damaged(String)
        case usable(Snapshot)
    }

    /// The folder's snapshot. Reading it is never an error (the journal alone is always enough), except
    /// when it is a link or not a regular file: that is refused like any such thing in the data folder.
    static func read(in folder: Folder, id: String, writer: String) throws -> Reading {
        guard let bytes = try folder.read(fileName) else { return .absent }
        switch SnapshotFile.open(bytes) {
        case .failure(let problem):
            return .damaged(problem.text)
        case .success(nil):
            return .ignored  // the checksum held, so Candor wrote this: another format
        case .success(let snapshot?):
            guard snapshot.writer == writer, snapshot.record.schema == Record.schemaVersion,
                snapshot.record.id == id, snapshot.entries > 0, snapshot.offset > 0
            else { return .ignored }
            return .usable(snapshot)
        }
    }

    /// Replaces the folder's snapshot all at once: a temporary file in the same folder, fsync, rename,
    /// fsync of the folder. A crash at any point leaves the old snapshot or the new one, never half.
    func write(in folder: Folder) throws {
        let bytes: [UInt8]
        do {
            bytes = try SnapshotFile.bytes(of: self)
        } catch {
            throw StoreError.cannotWrite(
                path: folder.child(Snapshot.fileName), reason: "the record could not be encoded")
        }
        try folder.writeAtomically(bytes, to: Snapshot.fileName)
        _ = unlinkat(folder.fd, Snapshot.formerFileName, 0)
    }

    static func remove(in folder: Folder) {
        let removed = unlinkat(folder.fd, fileName, 0) == 0
        let former = unlinkat(folder.fd, formerFileName, 0) == 0
        if removed || former { folder.sync() }
    }

    /// What a reader is told when the snapshot was damaged and the journal was read instead.
    static func damagedNotice(path: String, id: String, reason: String) -> String {
        "\(path) is damaged (\(reason)), so it was not used: talk \(id) was read from its journal instead. "
            + "The snapshot only speeds up loading; candor repair \(id) removes it, and the next save replaces it."
    }
}
