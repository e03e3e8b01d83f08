import Glibc
import FoundationEssentials
import TalkEngine

/// A talk's append-only journal, open for writing. Each `append` is one write and one fsync, so an
/// answer is on disk, durably, before the next question is shown; the cost does not grow with the
/// number of answers already saved. This is where answers are written.
public final class Journal {
    public let path: String
    private let fd: Int32
    private var nextSeq: Int
    private let encoder = JournalCodec.encoder()

    init(path: String, nextSeq: Int, create: Bool) throws {
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0)
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: path, reason: FileIO.errorText()) }
        // The umask may have taken bits away or (with 000) left none: set exactly 0600.
        if fchmod(fd, 0o600) != 0 {
            close(fd)
            throw StoreError.cannotWrite(path: path, reason: FileIO.errorText())
        }
        self.path = path
        self.fd = fd
        self.nextSeq = nextSeq
        if create { FileIO.syncDirectory(FileIO.parentPath(path)) }
    }

    deinit { close(fd) }

    /// Appends events and waits until they are on disk.
    public func append(_ events: [Event]) throws {
        guard !events.isEmpty else { return }
        var bytes: [UInt8] = []
        for event in events {
            do {
                bytes += try JournalCodec.encode(seq: nextSeq, event: event, with: encoder)
            } catch {
                throw StoreError.cannotWrite(path: path, reason: "an answer could not be encoded")
            }
            nextSeq += 1
        }
        try FileIO.writeAll(fd, bytes, path: path)
        if fsync(fd) != 0 { throw StoreError.cannotWrite(path: path, reason: FileIO.errorText()) }
    }
}

/// A journal read back: its events, and anything the reader noticed but could safely pass over.
public struct LoadedJournal: Sendable {
    public var events: [Event]
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
        var events: [Event] = []
        var notices: [String] = []
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                notices.append("The last entry of \(path) (line \(lineNumber)) was cut off mid-write, probably by a crash. It was ignored; the answer before it is safe.")
                break
            }
            let line = bytes[start..<newline]
            start = newline + 1
            switch JournalCodec.decode(line, with: decoder) {
            case .success(let (seq, event)):
                guard seq == events.count + 1 else {
                    throw StoreError.damaged(file: path, line: lineNumber, detail: "entry \(seq) where \(events.count + 1) was expected")
                }
                events.append(event)
            case .failure(.checksum):
                throw StoreError.damaged(file: path, line: lineNumber, detail: "its checksum does not match")
            case .failure(.malformed(let why)):
                throw StoreError.damaged(file: path, line: lineNumber, detail: why)
            }
        }
        return LoadedJournal(events: events, notices: notices, lineCount: lineNumber)
    }
}
