import Glibc
import TalkEngine

/// The data directory: one folder per talk under `talks/`, each holding its journal. Nothing is
/// written anywhere else: below the data folder itself every folder and file is opened relative to its
/// parent and never through a link (`Folder`).
public final class TalkStore: Sendable {
    public let root: String
    /// Who writes snapshots ("candor 0.1.0"): a snapshot from another writer is not used, since another
    /// version of Candor might fold the same events into a different record.
    public let writer: String

    public init(root: String, writer: String = "candor") {
        self.root = root
        self.writer = writer
    }

    /// `--home`, else $CANDOR_HOME, else $XDG_DATA_HOME/candor, else ~/.local/share/candor. A relative
    /// `--home` is resolved from the current folder, once: from then on the full path is used and named.
    /// A relative CANDOR_HOME is refused: kept in the environment, it would name another folder wherever
    /// Candor is run. A relative XDG_DATA_HOME is ignored, as the XDG spec asks.
    public static func defaultRoot(home: String?, environment: [String: String]) throws -> String? {
        if let h = home, !h.isEmpty { return absolute(h) }
        if let h = environment["CANDOR_HOME"], !h.isEmpty {
            guard h.hasPrefix("/") else { throw StoreError.relativeHome(h) }
            return h
        }
        if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") { return x + "/candor" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.local/share/candor" }
        return nil
    }

    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let base = String(cString: cwd)
        let rest = path == "." ? "" : path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return rest.isEmpty ? base : (base == "/" ? "/" : base + "/") + rest
    }

    static let talksName = "talks"

    var talksDir: String { root + "/" + TalkStore.talksName }

    /// The talk's folder: its journal, snapshot, lock and any repair backups.
    public func folder(_ id: String) -> String { talksDir + "/" + id }

    public func journalPath(_ id: String) -> String { folder(id) + "/" + Journal.fileName }

    /// The data folder, open and checked private; nil when it does not exist and `create` is false. A
    /// new one is made 0700; an existing one that other users can open is refused, never changed.
    func openRoot(create: Bool) throws -> Folder? {
        if let existing = try Folder.openRoot(root, writing: create) {
            try TalkStore.checkPrivate(existing)
            return existing
        }
        guard create else { return nil }
        try FileIO.makeParents(of: root)
        let made = mkdir(root, 0o700) == 0
        if !made && errno != EEXIST { throw StoreError.cannotWrite(path: root, reason: FileIO.errorText()) }
        guard let folder = try Folder.openRoot(root, writing: true) else {
            throw StoreError.cannotWrite(path: root, reason: FileIO.errorText(ENOENT))
        }
        // Ours: exactly 0700 whatever the umask took away.
        if made && fchmod(folder.fd, 0o700) != 0 {
            throw StoreError.cannotWrite(path: root, reason: FileIO.errorText())
        }
        try TalkStore.checkPrivate(folder)
        return folder
    }

    /// A folder that holds private answers must be the owner's alone: no permission bits for group or others.
    private static func checkPrivate(_ folder: Folder) throws {
        var st = stat()
        guard fstat(folder.fd, &st) == 0 else { throw StoreError.io(path: folder.path, reason: FileIO.errorText()) }
        if st.st_mode & 0o077 != 0 { throw StoreError.exposed(path: folder.path, mode: UInt32(st.st_mode & 0o7777)) }
    }

    /// `talks/`, made if missing when `create`; nil when there is none yet.
    func talksFolder(create: Bool) throws -> Folder? {
        guard let rootFolder = try openRoot(create: create) else { return nil }
        let talks = create ? try rootFolder.makeFolder(TalkStore.talksName) : try rootFolder.folder(TalkStore.talksName)
        if let talks { try TalkStore.checkPrivate(talks) }
        return talks
    }

    /// The talk's folder, opened without following a link; nil when there is none.
    func talkFolder(_ id: String, writing: Bool = false) throws -> Folder? {
        try talksFolder(create: false)?.folder(id, writing: writing)
    }

    /// Makes the data folders (0700) if needed.
    public func prepare() throws {
        _ = try talksFolder(create: true)
    }

    /// Makes the data folders and checks that talks can be written there, before anyone answers
    /// anything: finding out at the first save would lose that answer.
    public func checkWritable() throws {
        guard let talks = try talksFolder(create: true) else { return }
        if faccessat(talks.fd, ".", W_OK, 0) != 0 {
            throw StoreError.cannotWrite(path: talks.path, reason: FileIO.errorText())
        }
    }

    /// Short ids people can type: no 0/o, 1/l/i to confuse.
    static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")

    public func newID<R: RandomNumberGenerator>(using rng: inout R) -> String {
        // One look at the name a try (not a listing of every talk: flat however many there are). A talk
        // made under the same id between now and its folder's creation is refused there, safely.
        let talks = try? talksFolder(create: false)
        var length = 4
        while true {
            for _ in 0..<20 {
                let id = String(
                    (0..<length).map { _ in TalkStore.alphabet[Int(rng.next() % UInt64(TalkStore.alphabet.count))] })
                if talks?.kind(of: id) == nil { return id }
            }
            length += 1
        }
    }

    /// A new talk's folder, locked by this process. Its journal is created, whole, by the first append.
    /// The folder is made under a hidden name and given its id only once it is locked with our pid in the
    /// lock: a kill at any moment leaves nothing under the id, or a folder whose creator is known to be
    /// gone (removed by the next listing). Never a talk folder nobody can account for.
    public func create(id: String) throws -> OpenTalk {
        guard let talks = try talksFolder(create: true) else {
            throw StoreError.cannotWrite(path: talksDir, reason: "it could not be made")
        }
        removeAbandonedCreations(in: talks)
        let (temporary, folder) = try talks.makeTemporaryFolder(for: id)
        let lock: TalkLock
        do {
            lock = try TalkLock.acquire(folder: folder, id: id)
            guard try talks.moveIntoPlace(temporary, folder, as: id) else {
                throw StoreError.cannotWrite(path: talks.child(id), reason: "a talk with this id already exists")
            }
        } catch {
            folder.remove(TalkLock.fileName)
            unlinkat(talks.fd, temporary, AT_REMOVEDIR)
            throw error
        }
        return OpenTalk(id: id, directory: folder, lock: lock, writer: writer, journal: nil, record: nil)
    }

    /// How long a folder being made may take before it counts as abandoned when it cannot say who made it.
    /// Making one takes well under a millisecond.
    static let abandonedAfterSeconds = 60

    /// Removes the hidden folders of creations killed before they were given their id (nothing in them
    /// but a lock). Best effort: one that can't be removed now is tried again at the next creation.
    private func removeAbandonedCreations(in talks: Folder) {
        guard let names = try? talks.names(writing: true) else { return }
        for name in names where name.hasPrefix(".") && Folder.isLeftover(name) && talks.kind(of: name) == .folder {
            guard let folder = try? talks.folder(name, writing: true) else { continue }
            _ = removeUnfinished(name, folder: folder, in: talks)
        }
    }

    /// Takes the talk's lock (exit 75 if another Candor has it) and reads it, to carry on writing.
    /// Nothing on disk changes until something is appended, but what a crash left (temporary files).
    public func open(_ id: String) throws -> (talk: OpenTalk, stored: StoredTalk) {
        guard let folder = try talkFolder(id, writing: true) else { throw StoreError.notFound(id) }
        let lock = try TalkLock.acquire(folder: folder, id: id)
        let stored = try load(id, in: folder)
        try folder.removeLeftovers()
        let journal = try Journal.open(
            in: folder, entries: stored.entries, length: stored.length, lastCRC: stored.lastCRC)
        let talk = OpenTalk(
            id: id, directory: folder, lock: lock, writer: writer, journal: journal, record: stored.record)
        return (talk, stored)
    }

    /// The talk's lock, for commands that change a talk's files without writing to it (repair, forget).
    public func lock(_ id: String) throws -> TalkLock {
        guard let folder = try talkFolder(id, writing: true) else { throw StoreError.notFound(id) }
        return try TalkLock.acquire(folder: folder, id: id)
    }

    /// Every talk in the data folder, by id. A folder with no journal is what a creation cut off before
    /// its first save leaves (nothing in it was ever acknowledged): it is removed when no Candor holds
    /// it, and listed when it can't be, so no talk folder is ever out of sight. A link in `talks/` is
    /// listed too, and refused, with its name, when it is read. Unreadable folders are an error, never
    /// "no talks".
    public func allIDs() throws -> [String] {
        guard let talks = try talksFolder(create: false) else { return [] }
        var ids: [String] = []
        for name in try talks.names() where !name.hasPrefix(".") {
            switch talks.kind(of: name) {
            case .link:
                ids.append(name)
            case .folder:
                guard let folder = try? talks.folder(name) else {
                    ids.append(name)
                    continue
                }
                if folder.kind(of: Journal.fileName) != nil || !removeUnfinished(name, folder: folder, in: talks) {
                    ids.append(name)
                }
            default:
                continue
            }
        }
        return ids.sorted()
    }

    /// Removes a talk folder whose creation was cut off before its journal was made. True when it is gone,
    /// or when another Candor is creating it right now (it is not a talk yet).
    private func removeUnfinished(_ name: String, folder: Folder, in talks: Folder) -> Bool {
        // Only once its creator has held the lock (its pid is in the file) and let it go. With no pid, its
        // creator may be between making the folder and writing it: left alone (and listed) until that is
        // long past. (A folder made by `create` has its pid before it has its name; only a folder an older
        // Candor made can lack one.)
        let pid = (try? folder.read(TalkLock.fileName)) ?? nil
        let age = folder.age(of: TalkLock.fileName) ?? folder.age() ?? 0
        guard pid?.isEmpty == false || age > TalkStore.abandonedAfterSeconds else { return false }
        let lock: TalkLock
        do {
            lock = try TalkLock.acquire(folder: folder, id: name)
        } catch StoreError.locked {
            return true
        } catch {
            return false
        }
        defer { lock.release() }
        guard folder.kind(of: Journal.fileName) == nil, let names = try? folder.names(writing: true) else {
            return false
        }
        for entry in names where entry != TalkLock.fileName {
            guard folder.kind(of: entry) != .folder, folder.remove(entry) else { return false }
        }
        guard folder.remove(TalkLock.fileName), unlinkat(talks.fd, name, AT_REMOVEDIR) == 0 else { return false }
        talks.sync()
        return true
    }

    /// The talk an id or unique prefix names.
    public func resolve(_ prefix: String) throws -> String {
        // A whole id is one stat, not a scan of every talk.
        if !prefix.isEmpty, !prefix.contains("/"), !prefix.hasPrefix("."),
            let talks = try talksFolder(create: false), talks.fileSize(prefix + "/" + Journal.fileName) != nil
        {
            return prefix
        }
        let ids = try allIDs()
        if ids.contains(prefix) { return prefix }
        let matches = ids.filter { $0.hasPrefix(prefix.lowercased()) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw StoreError.notFound(prefix) }
        throw StoreError.ambiguous(prefix, matches)
    }

    /// A talk's record, with every journal line checked. A snapshot that matches the journal spares
    /// decoding the lines it covers; one that does not is ignored, and one that is damaged is ignored
    /// with a notice. Reading changes nothing.
    public func load(_ id: String) throws -> StoredTalk {
        guard let folder = try talkFolder(id) else { throw StoreError.notFound(id) }
        return try load(id, in: folder)
    }

    func load(_ id: String, in folder: Folder) throws -> StoredTalk {
        let path = folder.child(Journal.fileName)
        guard let bytes = try folder.read(Journal.fileName) else {
            throw StoreError.io(
                path: path,
                reason: "the talk's folder has no journal (its start was cut off before "
                    + "anything was saved, or the file was moved). To remove the folder: candor forget \(id)")
        }
        var notices: [String] = []
        switch try Snapshot.read(in: folder, id: id, writer: writer) {
        case .usable(let snapshot):
            if let stored = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: snapshot) { return stored }
        case .damaged(let reason):
            notices.append(Snapshot.damagedNotice(path: folder.child(Snapshot.fileName), id: id, reason: reason))
        case .absent, .ignored:
            break
        }
        // Without a snapshot there is nothing to match, so the fold always gives a record or throws.
        guard var stored = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: nil) else {
            throw StoreError.damaged(file: path, line: 1, detail: "it could not be read")
        }
        stored.notices = notices + stored.notices
        return stored
    }
}
