import Glibc
import FoundationEssentials
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

    public var nothingToRepair: Bool { dropped == 0 }
}

extension TalkStore {
    /// Rebuilds a damaged journal from its good lines before the first bad one. The journal as it was is
    /// kept first as `journal.jsonl.bak-<UTC time>` (0600); the rebuilt one replaces it atomically, and a
    /// snapshot (which may cover dropped lines) is removed. A healthy journal is left exactly as it is.
    /// Takes the talk's lock for the whole time.
    public func repair(_ id: String, now: Moment) throws -> RepairReport {
        let lock = try self.lock(id)
        defer { lock.release() }
        let path = journalPath(id)
        guard FileIO.exists(path) else { throw StoreError.notFound(id) }
        let bytes = try FileIO.read(path)
        let lines = JournalLines(bytes: bytes)
        let decoder = JSONDecoder()
        var keptEnd = 0
        var kept = 0
        var badDecode: (line: Int, detail: String)?
        let ending = lines.walk { line in
            // Decoded too, and the first must start the talk: what the record is folded from must be usable.
            guard case .success(let event) = JournalCodec.decodeEvent(bytes[line.range], checked: line.checked, with: decoder) else {
                badDecode = (line.number, "not a journal entry")
                return false
            }
            if line.number == 1 && event.type != .started {
                badDecode = (1, "the first entry does not start a talk")
                return false
            }
            keptEnd = line.end
            kept = line.number
            return true
        }
        var report = RepairReport(journal: path, backup: nil, kept: kept, dropped: 0, fromLine: kept + 1, problem: "")
        switch ending {
        case .clean:
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
            throw StoreError.unrecoverable(id: id, file: path, detail: "line 1 is damaged (\(report.problem)), so no part of the talk can be recovered")
        }
        let backup = try keepBackup(bytes, of: path, now: now)
        report.backup = backup
        try FileIO.writeAtomically(Array(bytes[0..<keptEnd]), to: path)
        Snapshot.remove(folder: folder(id))
        return report
    }

    /// Copies the journal's bytes to `PATH.bak-YYYYMMDDTHHMMSSZ` (0600, never over an existing file).
    private func keepBackup(_ bytes: [UInt8], of path: String, now: Moment) throws -> String {
        let stamp = TalkStore.utcStamp(now)
        var candidate = path + ".bak-" + stamp
        var n = 1
        while true {
            let fd = Glibc.open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 {
                defer { close(fd) }
                if fchmod(fd, 0o600) != 0 { throw StoreError.cannotWrite(path: candidate, reason: FileIO.errorText()) }
                try FileIO.writeAll(fd, bytes, path: candidate)
                if fsync(fd) != 0 { throw StoreError.cannotWrite(path: candidate, reason: FileIO.errorText()) }
                FileIO.syncDirectory(FileIO.parentPath(candidate))
                return candidate
            }
            guard errno == EEXIST else { throw StoreError.cannotWrite(path: candidate, reason: FileIO.errorText()) }
            n += 1
            candidate = path + ".bak-" + stamp + "-\(n)"
        }
    }

    /// "20261121T170509Z": sorts by time, and has no characters a shell or file system minds.
    static func utcStamp(_ m: Moment) -> String {
        var seconds = time_t(m.epochSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }
}
