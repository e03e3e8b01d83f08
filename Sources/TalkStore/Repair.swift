import FoundationEssentials
import Glibc
import TalkEngine

/// What `candor repair` did, for it to say.
public struct RepairReport: Sendable, Equatable {
    public var journal: String
    /// The journal as it was, kept in the same folder; nil when there was nothing to repair.
    public var backup: String?
    /// Lines kept (all whole and good, from line 1).
    public var kept: Int
    /// Lines dropped, from `fromLine` to the end of the file.
    public var dropped: Int
    public var fromLine: Int
    /// What was wrong with line `fromLine`.
    public var problem: String
    /// What was wrong with the snapshot, which was removed; nil when it was sound (or there was none).
    /// A snapshot is checked even when the journal is healthy: a damaged one is never left in place.
    public var snapshotProblem: String?

    public var nothingToRepair: Bool { dropped == 0 && snapshotProblem == nil }
}

extension TalkStore {
    /// Rebuilds a damaged journal from its good lines before the first bad one. The journal as it was is
    /// kept first as `journal.jsonl.bak-<UTC time>` (0600); the rebuilt one replaces it atomically, and a
    /// snapshot (which may cover dropped lines) is removed. A healthy journal is left exactly as it is.
    /// Takes the talk's lock for the whole time. With `keys`, each sealed line of a person whose key is
    /// there must also open, in its place: one changed, moved from another talk or reordered (its
    /// checksum recomputed) is the first bad line like any other.
    public func repair(_ id: String, now: Moment, keys: Keyring? = nil) throws -> RepairReport {
        guard let folder = try talksFolder(create: false)?.folder(id, writing: true) else {
            throw StoreError.notFound(id)
        }
        let lock = try TalkLock.acquire(folder: folder, id: id)
        defer { lock.release() }
        defer { dropIndexLine(id) }  // the journal changes: its line is made again from it
        try folder.removeLeftovers()
        let path = folder.child(Journal.fileName)
        guard let bytes = try folder.read(Journal.fileName) else { throw StoreError.notFound(id) }
        let lines = JournalLines(bytes: bytes)
        let decoder = JSONDecoder()
        var keptEnd = 0
        var kept = 0
        var badDecode: (line: Int, detail: String)?
        let ending = lines.walk { line in
            // Decoded too, and the first must start the talk: what the record is folded from must be usable.
            guard
                case .success(let entry) = JournalCodec.decodeEntry(
                    bytes[line.range], checked: line.checked, with: decoder)
            else {
                badDecode = (line.number, "not a journal entry")
                return false
            }
            if line.number == 1 {
                guard case .event(let event) = entry, event.type == .started else {
                    badDecode = (1, "the first entry does not start a talk")
                    return false
                }
            }
            if case .sealed(let sealed) = entry, let key = keys?.key(for: sealed.by) {
                do {
                    _ = try SealedLines.open(sealed, talk: id, key: key, path: path, decoder: decoder)
                } catch {
                    badDecode = (line.number, "its sealed entry does not open: changed, or moved from another place")
                    return false
                }
            }
            keptEnd = line.end
            kept = line.number
            return true
        }
        var report = RepairReport(journal: path, backup: nil, kept: kept, dropped: 0, fromLine: kept + 1, problem: "")
        switch ending {
        case .clean:
            report.snapshotProblem = try snapshotProblem(in: folder, id: id, journal: bytes, path: path)
            if report.snapshotProblem != nil { Snapshot.remove(in: folder) }
            return report
        case .stopped:
            report.problem = badDecode?.detail ?? "not a journal entry"
        case .torn:
            report.problem = "it was cut off mid-write"
        case .damaged(_, _, let detail):
            report.problem = detail
        }
        report.dropped = lines.count - kept
        guard kept > 0 else {
            throw StoreError.unrecoverable(
                id: id, file: path,
                detail: "line 1 is damaged (\(report.problem)), so no part of the talk can be recovered")
        }
        report.backup = try keepBackup(bytes, in: folder, now: now)
        try folder.writeAtomically(Array(bytes[0..<keptEnd]), to: Journal.fileName)
        // It may cover dropped lines: the journal alone says what the talk is now.
        Snapshot.remove(in: folder)
        return report
    }

    /// What is wrong with the snapshot of a healthy journal, if anything: damaged, or (checksum and all)
    /// holding a record that is not what the lines it names fold to. A snapshot that names other lines
    /// (an older one) is not wrong: it is simply not used.
    private func snapshotProblem(in folder: Folder, id: String, journal bytes: [UInt8], path: String) throws -> String?
    {
        switch try Snapshot.read(in: folder, id: id, writer: writer) {
        case .absent, .ignored:
            return nil
        case .damaged(let reason):
            return reason
        case .usable(let snapshot):
            guard let through = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: snapshot),
                let full = try StoredTalk.fold(bytes: bytes, path: path, id: id, snapshot: nil)
            else { return nil }
            return through.record == full.record ? nil : "its record is not what the journal says"
        }
    }

    /// Copies the journal's bytes to `journal.jsonl.bak-YYYYMMDDTHHMMSSZ` (0600, never over an existing
    /// file). Written under a temporary name first, so a crash never leaves a partial backup under a
    /// backup's name (the temporary file is removed by the next holder of the lock).
    private func keepBackup(_ bytes: [UInt8], in folder: Folder, now: Moment) throws -> String {
        let base = Journal.fileName + ".bak-" + TalkStore.utcStamp(now)
        let temporary = try folder.writeTemporary(bytes, for: base)
        do {
            var name = base
            var n = 1
            while try !folder.publish(temporary, as: name) {
                n += 1
                name = base + "-\(n)"
            }
            folder.sync()
            return folder.child(name)
        } catch {
            folder.remove(temporary)
            throw error
        }
    }

    /// "20261121T170509Z": sorts by time, and has no characters a shell or file system minds.
    static func utcStamp(_ m: Moment) -> String {
        var seconds = time_t(m.epochSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }
}
