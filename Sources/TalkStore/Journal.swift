import FoundationEssentials
import Glibc
import Sealing
import TalkEngine

/// A talk's append-only journal, open for writing. Each `append` is one write and one fsync, so an
/// answer is on disk, durably, before the next question is shown; the cost does not grow with the
/// number of answers already saved. This is where answers are written.
public final class Journal {
    public let path: String
    private let fd: Int32
    /// Good lines in the file, which is also the last `seq` written.
    public private(set) var entries: Int
    /// Bytes of whole, good lines: where the next line goes.
    public private(set) var length: Int
    /// The checksum of the last line, which a snapshot names to say how far it covers.
    public private(set) var lastCRC: UInt32
    /// A torn last line (from a crash mid-write) to cut off before the first new line, so the new line
    /// starts on a line of its own. Left alone until then: opening a talk changes nothing by itself.
    private var tornTail: Bool

    private init(path: String, fd: Int32, entries: Int, length: Int, lastCRC: UInt32, tornTail: Bool) {
        self.path = path
        self.fd = fd
        self.entries = entries
        self.length = length
        self.lastCRC = lastCRC
        self.tornTail = tornTail
    }

    deinit { close(fd) }

    static let fileName = "journal.jsonl"

    /// Creates a journal holding its first events, all or nothing: they are written to a temporary file
    /// (`journal.jsonl.tmp-<random>`), made durable, and only then given the journal's name, so a crash
    /// leaves no journal or a whole one. An existing journal (or a link in its place) is never replaced:
    /// `linkat` refuses to.
    static func create(in folder: Folder, events: [Outgoing], talk: String) throws -> (Journal, [JournalEntry]) {
        let (temporary, fd) = try folder.makeTemporary(for: fileName, flags: O_APPEND)
        let path = folder.child(fileName)
        let journal = Journal(path: path, fd: fd, entries: 0, length: 0, lastCRC: 0, tornTail: false)
        let written: [JournalEntry]
        do {
            written = try journal.append(events, talk: talk)
            guard try folder.publish(temporary, as: fileName) else {
                if folder.kind(of: fileName) == .link { throw StoreError.unsafe(path: path, problem: .link) }
                throw StoreError.cannotWrite(path: path, reason: "a talk with this id already exists")
            }
        } catch {
            folder.remove(temporary)
            throw error
        }
        folder.sync()
        return (journal, written)
    }

    /// Opens an existing journal to add lines after the `entries` good ones that end at byte `length`.
    /// It must be a regular file with no other name: appending would write into that other file too.
    static func open(in folder: Folder, entries: Int, length: Int, lastCRC: UInt32) throws -> Journal {
        let path = folder.child(fileName)
        guard let fd = try folder.openFile(fileName, O_WRONLY | O_APPEND, writing: true) else {
            throw StoreError.io(path: path, reason: "the journal is gone; is another program changing the folder?")
        }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) >= length else {
            close(fd)
            throw StoreError.io(
                path: path, reason: "the file is shorter than when it was read; is another program changing it?")
        }
        guard st.st_nlink == 1 else {
            close(fd)
            throw StoreError.unsafe(path: path, problem: .hardLinked)
        }
        if fchmod(fd, 0o600) != 0 {
            close(fd)
            throw StoreError.cannotWrite(path: path, reason: FileIO.errorText())
        }
        return Journal(
            path: path, fd: fd, entries: entries, length: length, lastCRC: lastCRC,
            tornTail: Int(st.st_size) > length)
    }

    /// Appends events and waits until they are on disk.
    public func append(_ events: [Event]) throws {
        _ = try append(events.map { Outgoing(event: $0, sealer: nil) }, talk: "")
    }

    /// An event to write, and whose key seals it (nil: written plain).
    struct Outgoing {
        var event: Event
        var sealer: (person: PersonID, key: SecretBytes)?
    }

    /// Appends events, each plain or sealed under its author's key at its own seq, and waits until they
    /// are on disk. Returns what was written, as a reader would see it.
    func append(_ events: [Outgoing], talk: String) throws -> [JournalEntry] {
        guard !events.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var crc = lastCRC
        var written: [JournalEntry] = []
        written.reserveCapacity(events.count)
        for (i, outgoing) in events.enumerated() {
            let seq = entries + i + 1
            let line: (bytes: [UInt8], crc: UInt32)
            if let (person, key) = outgoing.sealer {
                let sealed = SealedLines.seal(outgoing.event, seq: seq, talk: talk, by: person, key: key)
                line = JournalCodec.encodeSealed(sealed)
                written.append(.sealed(sealed))
            } else {
                line = JournalCodec.encodeLine(seq: seq, event: outgoing.event)
                written.append(.event(outgoing.event))
            }
            bytes += line.bytes
            crc = line.crc
        }
        if tornTail {
            // The torn line was ignored when the journal was read (with a notice); drop it for good.
            if ftruncate(fd, off_t(length)) != 0 {
                throw StoreError.cannotWrite(path: path, reason: FileIO.errorText())
            }
            tornTail = false
        }
        do {
            try FileIO.writeAll(fd, bytes, path: path)
            if fsync(fd) != 0 { throw StoreError.cannotWrite(path: path, reason: FileIO.errorText()) }
        } catch {
            // A part-written batch would sit in front of the next one: cut it off again, so the file
            // stays whole lines. If even that fails, the next append tries again first, and a read
            // meanwhile ignores it as a torn last line.
            tornTail = ftruncate(fd, off_t(length)) != 0 || fsync(fd) != 0
            throw error
        }
        entries += events.count
        length += bytes.count
        lastCRC = crc
        return written
    }
}

/// A journal read back: its events, and anything the reader noticed but could safely pass over.
public struct LoadedJournal: Sendable {
    public var entries: [JournalEntry]
    /// The plain events (sealed ones are left out).
    public var events: [Event] {
        entries.compactMap { if case .event(let e) = $0 { e } else { nil } }
    }
    /// Plain-language notices, such as a torn last line ignored.
    public var notices: [String]
    public var lineCount: Int

    /// Reads and checks every line. A torn last line (a crash mid-write: no newline at the end) is
    /// ignored with a notice; any other damage is an error naming the line, and nothing is changed.
    public static func read(path: String) throws -> LoadedJournal {
        try parse(bytes: FileIO.read(path), path: path)
    }

    /// `read` without the file: checks and decodes a journal's bytes (`path` only names it in messages).
    /// Separate so the fuzz harness (Tests/Fuzz) can feed it bytes directly.
    static func parse(bytes: [UInt8], path: String) throws -> LoadedJournal {
        let decoder = JSONDecoder()
        var entries: [JournalEntry] = []
        var notices: [String] = []
        var lineCount = 0
        let lines = JournalLines(bytes: bytes)
        let ending = try lines.walk { line in
            lineCount = line.number
            entries.append(try lines.entry(line, path: path, with: decoder))
            return true
        }
        switch ending {
        case .clean, .stopped:
            break
        case .torn(let line, _):
            lineCount = line
            notices.append(JournalLines.tornNotice(path: path, line: line))
        case .damaged(let line, _, let detail):
            throw StoreError.damaged(file: path, line: line, detail: detail)
        }
        return LoadedJournal(entries: entries, notices: notices, lineCount: lineCount)
    }
}
