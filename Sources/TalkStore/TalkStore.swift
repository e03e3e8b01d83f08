import Glibc
import TalkEngine

/// The data directory: one folder per talk under `talks/`, each holding its journal. Nothing is
/// written anywhere else.
public final class TalkStore {
    public let root: String
    /// Who writes snapshots ("candor 0.1.0"): a snapshot from another writer is not used, since another
    /// version of Candor might fold the same events into a different record.
    public let writer: String

    public init(root: String, writer: String = "candor") {
        self.root = root
        self.writer = writer
    }

    /// `--home`, else $CANDOR_HOME, else $XDG_DATA_HOME/candor, else ~/.local/share/candor.
    public static func defaultRoot(home: String?, environment: [String: String]) -> String? {
        if let h = home, !h.isEmpty { return h }
        if let h = environment["CANDOR_HOME"], !h.isEmpty { return h }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/candor" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.local/share/candor" }
        return nil
    }

    var talksDir: String { root + "/talks" }

    /// The talk's folder: its journal, snapshot, lock and any repair backups.
    public func folder(_ id: String) -> String { talksDir + "/" + id }

    public func journalPath(_ id: String) -> String { folder(id) + "/journal.jsonl" }

    /// Makes the data folders (0700) if needed.
    public func prepare() throws {
        try FileIO.makePrivateDirectory(root)
        try FileIO.makePrivateDirectory(talksDir)
    }

    /// Makes the data folders and checks that talks can be written there, before anyone answers
    /// anything: finding out at the first save would lose that answer.
    public func checkWritable() throws {
        try prepare()
        if access(talksDir, W_OK) != 0 {
            throw StoreError.cannotWrite(path: talksDir, reason: FileIO.errorText())
        }
    }

    /// Short ids people can type: no 0/o, 1/l/i to confuse.
    static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")

    public func newID<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let existing = Set(allIDs())
        var length = 4
        while true {
            for _ in 0..<20 {
                let id = String((0..<length).map { _ in TalkStore.alphabet[Int(rng.next() % UInt64(TalkStore.alphabet.count))] })
                if !existing.contains(id) { return id }
            }
            length += 1
        }
    }

    /// A new talk's folder, locked by this process. Its journal is created, whole, by the first append.
    public func create(id: String) throws -> OpenTalk {
        try prepare()
        try FileIO.makePrivateDirectory(folder(id))
        let lock = try TalkLock.acquire(folder: folder(id), id: id)
        FileIO.removeLeftovers(in: folder(id))
        guard !FileIO.exists(journalPath(id)) else {
            throw StoreError.cannotWrite(path: journalPath(id), reason: "a talk with this id already exists")
        }
        return OpenTalk(id: id, folder: folder(id), journalPath: journalPath(id), lock: lock, writer: writer,
                        journal: nil, record: nil)
    }

    /// Takes the talk's lock (exit 75 if another Candor has it) and reads it, to carry on writing.
    /// Nothing on disk changes until something is appended.
    public func open(_ id: String) throws -> (talk: OpenTalk, stored: StoredTalk) {
        let lock = try self.lock(id)
        let stored = try load(id)
        FileIO.removeLeftovers(in: folder(id))
        let journal = try Journal.open(path: journalPath(id), entries: stored.entries, length: stored.length,
                                       lastCRC: stored.lastCRC)
        let talk = OpenTalk(id: id, folder: folder(id), journalPath: journalPath(id), lock: lock, writer: writer,
                            journal: journal, record: stored.record)
        return (talk, stored)
    }

    /// The talk's lock, for commands that change a talk's files without writing to it (repair, forget).
    public func lock(_ id: String) throws -> TalkLock {
        guard FileIO.isDirectory(folder(id)) else { throw StoreError.notFound(id) }
        return try TalkLock.acquire(folder: folder(id), id: id)
    }

    public func allIDs() -> [String] {
        FileIO.list(talksDir).filter { FileIO.exists(journalPath($0)) }.sorted()
    }

    /// The talk an id or unique prefix names.
    public func resolve(_ prefix: String) throws -> String {
        let ids = allIDs()
        if ids.contains(prefix) { return prefix }
        let matches = ids.filter { $0.hasPrefix(prefix.lowercased()) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw StoreError.notFound(prefix) }
        throw StoreError.ambiguous(prefix, matches)
    }

    /// A talk's record, with every journal line checked. A snapshot that matches the journal spares
    /// decoding the lines it covers; one that does not is ignored. Reading changes nothing.
    public func load(_ id: String) throws -> StoredTalk {
        let path = journalPath(id)
        guard FileIO.exists(path) else { throw StoreError.notFound(id) }
        let bytes = try FileIO.read(path)
        if let snapshot = Snapshot.read(folder: folder(id), id: id, writer: writer),
           let stored = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: snapshot) {
            return stored
        }
        guard let stored = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: nil) else {
            throw StoreError.damaged(file: path, line: 1, detail: "it could not be read")  // unreachable: nothing to match
        }
        return stored
    }
}
