import Glibc
import TalkEngine

/// The data directory: one folder per talk under `talks/`, each holding its journal. Nothing is
/// written anywhere else.
public final class TalkStore {
    public let root: String

    public init(root: String) {
        self.root = root
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

    func folder(_ id: String) -> String { talksDir + "/" + id }

    public func journalPath(_ id: String) -> String { folder(id) + "/journal.jsonl" }

    /// Makes the data folders (0700) if needed.
    public func prepare() throws {
        try FileIO.makePrivateDirectory(root)
        try FileIO.makePrivateDirectory(talksDir)
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

    /// A new talk's folder and journal.
    public func create(id: String) throws -> Journal {
        try prepare()
        try FileIO.makePrivateDirectory(folder(id))
        return try Journal(path: journalPath(id), nextSeq: 1, create: true)
    }

    /// Opens an existing talk's journal for more entries, after `entries` already there.
    public func append(to id: String, after entries: Int) throws -> Journal {
        try Journal(path: journalPath(id), nextSeq: entries + 1, create: false)
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

    /// A talk's journal, checked, and its record.
    public func load(_ id: String) throws -> (record: Record, journal: LoadedJournal) {
        let path = journalPath(id)
        guard FileIO.exists(path) else { throw StoreError.notFound(id) }
        let journal = try LoadedJournal.read(path: path)
        guard let record = Record.fold(id: id, events: journal.events) else {
            throw StoreError.damaged(file: path, line: 1, detail: "the first entry does not start a talk")
        }
        return (record, journal)
    }
}
