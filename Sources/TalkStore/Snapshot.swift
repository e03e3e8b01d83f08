import Glibc
import FoundationEssentials
import TalkEngine

/// A talk's record as folded from its journal's first `entries` lines, so loading a long talk decodes
/// only the lines after them. Optional and never trusted over the journal: it is used only when the
/// line ending at `offset` is entry `entries` with checksum `crc`, and the journal is still checked in
/// full; on any mismatch, or when it was written by another version of Candor, it is ignored.
struct Snapshot: Codable {
    static let fileName = "snapshot.json"
    /// This file's own format; the record inside carries the record schema.
    static let currentSchema = 1

    var schema: Int
    /// The Candor that wrote it: another version might fold the same events differently.
    var writer: String
    /// How many journal lines it covers...
    var entries: Int
    /// ...ending at this byte offset (just past a newline)...
    var offset: Int
    /// ...the last of them with this checksum (8 hex digits, as in the journal).
    var crc: String
    var record: Record

    init(writer: String, entries: Int, offset: Int, crc: UInt32, record: Record) {
        schema = Snapshot.currentSchema
        self.writer = writer
        self.entries = entries
        self.offset = offset
        self.crc = CRC32.hex(crc)
        self.record = record
    }

    var crcValue: UInt32? { crc.count == 8 ? UInt32(crc, radix: 16) : nil }

    /// The folder's snapshot, or nil when there is none or it can't be used (unreadable, another format
    /// or writer, another talk). Never an error: the journal alone is always enough.
    static func read(folder: String, id: String, writer: String) -> Snapshot? {
        guard let bytes = try? FileIO.read(folder + "/" + fileName),
              let snapshot = try? JSONDecoder().decode(Snapshot.self, from: Data(bytes)),
              snapshot.schema == currentSchema, snapshot.writer == writer,
              snapshot.record.schema == Record.schemaVersion, snapshot.record.id == id,
              snapshot.entries > 0, snapshot.offset > 0, snapshot.crcValue != nil else { return nil }
        return snapshot
    }

    /// Replaces the folder's snapshot all at once: a temporary file in the same folder, fsync, rename,
    /// fsync of the folder. A crash at any point leaves the old snapshot or the new one, never half.
    func write(folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
        } catch {
            throw StoreError.cannotWrite(path: folder + "/" + Snapshot.fileName, reason: "the record could not be encoded")
        }
        try FileIO.writeAtomically(bytes, to: folder + "/" + Snapshot.fileName)
    }

    static func remove(folder: String) {
        if unlink(folder + "/" + fileName) == 0 { FileIO.syncDirectory(folder) }
    }
}
