import FoundationEssentials
import Glibc
import TalkEngine

/// A talk's record as folded from its journal's first `entries` lines, so loading a long talk decodes
/// only the lines after them. A cache, never trusted over the journal: the file carries a checksum of its
/// own bytes, and it is used only when that checksum holds, when it was written by this version of Candor,
/// and when the line ending at `offset` is entry `entries` with checksum `crc` (the journal is still
/// checked in full). Anything else and it is ignored: the journal is folded instead.
struct Snapshot: Codable {
    static let fileName = "snapshot.json"
    /// This file's own format; the record inside carries the record schema. 2: with its own checksum.
    static let currentSchema = 2

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

    /// The file's last bytes: `,"checksum":"` 8 lowercase hex digits `"}` and a newline. The checksum is
    /// the CRC-32 of every byte before the marker, as in a journal line: any one flipped bit, and any
    /// damage confined to 32 bits in a row, is always caught.
    private static let marker = Array(#","checksum":""#.utf8)
    private static let trailerLength = marker.count + 8 + 3

    /// The folder's snapshot. Reading it is never an error (the journal alone is always enough), except
    /// when it is a link or not a regular file: that is refused like any such thing in the data folder.
    static func read(in folder: Folder, id: String, writer: String) throws -> Reading {
        guard let bytes = try folder.read(fileName) else { return .absent }
        let snapshot: Snapshot
        switch verify(bytes) {
        case .failure(let problem):
            // A snapshot from before snapshots had a checksum: ignored quietly, like another version's.
            if problem == .noChecksum, let old = try? JSONDecoder().decode(Versioned.self, from: Data(bytes)),
                old.schema < currentSchema
            {
                return .ignored
            }
            return .damaged(problem.text)
        case .success:
            guard let decoded = try? JSONDecoder().decode(Snapshot.self, from: Data(bytes)) else {
                // The checksum held, so Candor wrote this: another format, or a record this one can't read.
                return .ignored
            }
            snapshot = decoded
        }
        guard snapshot.schema == currentSchema, snapshot.writer == writer,
            snapshot.record.schema == Record.schemaVersion, snapshot.record.id == id,
            snapshot.entries > 0, snapshot.offset > 0, snapshot.crcValue != nil
        else { return .ignored }
        return .usable(snapshot)
    }

    private struct Versioned: Decodable { var schema: Int }

    enum Problem: Error, Equatable {
        case noChecksum, checksum

        var text: String {
            switch self {
            case .noChecksum: "it does not end with its checksum"
            case .checksum: "its checksum does not match"
            }
        }
    }

    /// Checks the file's own checksum: the bytes are exactly the ones Candor wrote, or they are damaged.
    static func verify(_ bytes: [UInt8]) -> Result<Void, Problem> {
        guard bytes.count > trailerLength else { return .failure(.noChecksum) }
        let markerStart = bytes.count - trailerLength
        let hexStart = markerStart + marker.count
        let lowerHex = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) }
        guard bytes[markerStart..<hexStart].elementsEqual(marker),
            bytes[hexStart..<(hexStart + 8)].allSatisfy(lowerHex),
            bytes[(hexStart + 8)...].elementsEqual(Array("\"}\n".utf8)),
            let stored = UInt32(String(decoding: bytes[hexStart..<(hexStart + 8)], as: UTF8.self), radix: 16)
        else {
            return .failure(.noChecksum)
        }
        return CRC32.checksum(bytes[..<markerStart]) == stored ? .success(()) : .failure(.checksum)
    }

    /// The file's bytes: the snapshot as JSON (sorted keys), its checksum last.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let sealed = Snapshot.seal(Array(try encoder.encode(self))) else {
            throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "not a JSON object"))
        }
        return sealed
    }

    /// A JSON object's bytes with the checksum added as its last member; nil when it is not an object.
    static func seal(_ object: [UInt8]) -> [UInt8]? {
        guard object.first == UInt8(ascii: "{"), object.last == UInt8(ascii: "}") else { return nil }
        var bytes = object
        bytes.removeLast()
        let sum = CRC32.checksum(bytes)
        bytes += marker + Array(CRC32.hex(sum).utf8) + Array("\"}\n".utf8)
        return bytes
    }

    /// Replaces the folder's snapshot all at once: a temporary file in the same folder, fsync, rename,
    /// fsync of the folder. A crash at any point leaves the old snapshot or the new one, never half.
    func write(in folder: Folder) throws {
        let bytes: [UInt8]
        do {
            bytes = try encoded()
        } catch {
            throw StoreError.cannotWrite(
                path: folder.child(Snapshot.fileName), reason: "the record could not be encoded")
        }
        try folder.writeAtomically(bytes, to: Snapshot.fileName)
    }

    static func remove(in folder: Folder) {
        if unlinkat(folder.fd, fileName, 0) == 0 { folder.sync() }
    }

    /// What a reader is told when the snapshot was damaged and the journal was read instead.
    static func damagedNotice(path: String, id: String, reason: String) -> String {
        "\(path) is damaged (\(reason)), so it was not used: talk \(id) was read from its journal instead. "
            + "The snapshot only speeds up loading; candor repair \(id) removes it, and the next save replaces it."
    }
}
