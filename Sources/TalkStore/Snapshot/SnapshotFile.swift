import CompactCoding
import FoundationEssentials
import TalkEngine

/// The snapshot's bytes. A text first line names the format (`candor-snapshot`, a tab, its version), then
/// the compact binary form (`CompactCoding`): the writer, the journal position it covers, the record's
/// small parts as JSON, and its answers and sealed lines, which grow with the talk, one after another
/// without keys (`AnswerCoding`); last, the CRC-32 of every byte before it, four bytes little-endian. Decoding 10,000
/// answers this way takes a few milliseconds, where JSONDecoder took most of a second's tenth.
enum SnapshotFile {
    static let magic = Array("candor-snapshot\t".utf8)

    enum Problem: Error, Equatable {
        case short, checksum, header

        var text: String {
            switch self {
            case .short: "it is cut short"
            case .checksum: "its checksum does not match"
            case .header: "it does not start with its header"
            }
        }
    }

    static func bytes(of snapshot: Snapshot) throws -> [UInt8] {
        var small = snapshot.record
        small.answers = [:]
        small.sealed = nil
        let json = try JSONEncoder().encode(small)
        var w = CompactWriter(capacity: json.count + 64 * snapshot.record.answers.count + 64)
        w.bytes(magic)
        w.bytes(Array(String(snapshot.schema).utf8) + [UInt8(ascii: "\n")])
        w.string(snapshot.writer)
        w.uint(UInt64(snapshot.entries))
        w.uint(UInt64(snapshot.offset))
        w.uint(UInt64(snapshot.crc))
        w.uint(UInt64(json.count))
        w.bytes(json)
        AnswerCoding.write(snapshot.record.answers, to: &w)
        // Sealed lines grow with a sealed talk as answers do: compact too (seq, author, box).
        w.optional(snapshot.record.sealed) { w, sealed in
            w.array(sealed) { w, entry in
                w.uint(UInt64(entry.seq))
                w.string(entry.by.rawValue)
                w.string(entry.box)
            }
        }
        return CRC32.trailed(w.bytes)
    }

    /// The snapshot in `bytes`: a failure when they are not the ones written (damaged), nil when they
    /// are but this Candor can't read them (another version of the format), else the snapshot.
    static func open(_ bytes: [UInt8]) -> Result<Snapshot?, Problem> {
        guard bytes.count > magic.count + 4 else { return .failure(.short) }
        guard let end = CRC32.untrailed(bytes) else { return .failure(.checksum) }
        guard bytes.starts(with: magic), let lineEnd = bytes[..<end].firstIndex(of: UInt8(ascii: "\n")) else {
            return .failure(.header)
        }
        guard Int(String(decoding: bytes[magic.count..<lineEnd], as: UTF8.self)) == Snapshot.currentSchema else {
            return .success(nil)
        }
        var r = CompactReader(bytes, from: lineEnd + 1, to: end)
        do throws(CompactReader.Failure) {
            let writer = try r.string()
            let entries = try r.uint()
            let offset = try r.uint()
            let crc = try r.uint()
            let json = try r.bytes(try r.count())
            guard entries <= Int.max, offset <= Int.max, crc <= UInt32.max,
                var record = try? JSONDecoder().decode(Record.self, from: Data(json))
            else { return .success(nil) }
            record.answers = try AnswerCoding.read(from: &r)
            record.sealed = try r.optional { r throws(CompactReader.Failure) in
                try r.array { r throws(CompactReader.Failure) in
                    let seq = try r.uint()
                    guard seq <= Int.max else { throw r.failure("a line number too large") }
                    return SealedEntry(seq: Int(seq), by: PersonID(rawValue: try r.string()), box: try r.string())
                }
            }
            guard r.atEnd else { return .success(nil) }
            return .success(
                Snapshot(writer: writer, entries: Int(entries), offset: Int(offset), crc: UInt32(crc), record: record))
        } catch {
            return .success(nil)
        }
    }
}
