import Glibc
import TalkEngine

/// One line of the talk index: what `list` shows of a talk, what it says about the next check-in, and
/// the length its journal had, which says whether the line is still right.
public struct IndexEntry: Sendable, Equatable {
    public var id: String
    public var talk: TalkInfo
    public var mode: Mode
    public var status: Record.Status
    public var people: [Participant]
    public var created: Moment
    public var updated: Moment
    public var answers: Int
    public var plan: TalkPlan?
    /// The journal's length in bytes, and when it was last written (nanoseconds since 1970), when this line
    /// was made: a journal changed in place (a flipped byte) has the same length but not the same time.
    public var length: Int
    public var modified: Int64

    public init(record: Record, plan: TalkPlan?, length: Int, modified: Int64) {
        self.init(
            id: record.id, talk: record.talk, mode: record.mode, status: record.status, people: record.people,
            created: record.created, updated: record.updated, answers: record.answerCount, plan: plan,
            length: length, modified: modified)
    }

    public init(
        id: String, talk: TalkInfo, mode: Mode, status: Record.Status, people: [Participant], created: Moment,
        updated: Moment, answers: Int, plan: TalkPlan?, length: Int, modified: Int64
    ) {
        self.id = id
        self.talk = talk
        self.mode = mode
        self.status = status
        self.people = people
        self.created = created
        self.updated = updated
        self.answers = answers
        self.plan = plan
        self.length = length
        self.modified = modified
    }
}

/// A talk as the index has it. Only what every command needs is read from its line up front (its id,
/// status and when it was last touched); the rest is decoded when asked for, so a list of 3,000 talks
/// that shows 20 decodes 20.
public struct IndexedTalk: Sendable {
    /// The talk's id, made a String only when asked for (ids are plain ASCII: nothing in them is escaped).
    public var id: String { String(decoding: line.prefix(idLength), as: UTF8.self) }
    let idLength: Int
    public let status: Record.Status
    public let mode: Mode
    public let created: Moment
    /// When it was last touched, seconds since 1970: the index's order, newest first.
    public let updatedSeconds: Int64
    /// Its journal's stamp when the line was made (read for an open talk only: 0 for a finished one).
    let length: Int
    let modified: Int64
    /// The line as written (escapes and all), without its line break.
    let line: ArraySlice<UInt8>
    /// Where the fields after the first ones start in `line` (counted from its start).
    let rest: Int

    /// The whole line, decoded. The file's checksum held, so nil only for a line no Candor of this
    /// version writes (its talk is shown as damaged; deleting `index.tsv` makes the index again).
    public var entry: IndexEntry? { IndexLine.decode(line) }

    /// What `due` needs, decoded without the talk's own fields.
    public var duePart: IndexLine.DuePart? { IndexLine.duePart(self) }
}

extension IndexedTalk {
    /// A talk as its index line would have it.
    public init?(_ entry: IndexEntry) {
        guard let talk = IndexLine.head(ArraySlice(IndexLine.encode(entry).utf8)) else { return nil }
        self = talk
    }
}

/// What the index says: every talk, newest first; why any talk could not be read; and the groups `due`
/// is answered from.
public struct IndexRead: Sendable {
    public var talks: [IndexedTalk]
    public var problems: [(String, StoreError)]
    public var dueGroups: [DueGroup]
}

/// The talk index, `index.tsv` in the data folder (0600, `IndexLine`): a line per talk, newest first, so
/// `list`, plain `candor` and `due` read one file instead of every journal. It is a cache, never the
/// truth: an open talk's line whose journal has another length or time now (a talk went on behind its
/// back) is made again from the journal; a finished talk's is trusted, because whatever changes a
/// finished journal (a rewrite, a repair) takes its line out; a talk with no line gets one, a line with no
/// talk goes, and a file that can't be read is made anew. Whatever changed is written back at once,
/// atomically (temporary file, fsync, rename), when the folder can be written.
extension TalkStore {
    static let indexName = "index.tsv"
    /// The name the index had in its first (JSON) form: removed when the new one is written.
    static let formerIndexName = "index.jsonl"

    /// Every talk, newest first: its index line, or why it could not be read (damaged, unsafe). `plan`
    /// makes a talk's plan when its line is made again (the caller has the scripts).
    public func indexed(plan: (Record) -> TalkPlan?) throws -> IndexRead {
        guard let talks = try talksFolder(create: false), let root = try openRoot(create: false) else {
            return IndexRead(talks: [], problems: [], dueGroups: [])
        }
        return try root.whileLocked { try indexed(talks: talks, root: root, plan: plan) }
    }

    private func indexed(talks: Folder, root: Folder, plan: (Record) -> TalkPlan?) throws -> IndexRead {
        let file = (try? root.read(TalkStore.indexName)).flatMap(TalkStore.indexLines)
        let stored = file?.talks ?? []
        // Taken before the names are read: a name made after it changes the folder's stamp again.
        let names = talks.namesChanged()
        // The fastest path: the talks folder's names have not changed since the index was written (its
        // stamp, kept only when it was old enough that a later change could not share it), so every
        // talk has its line and no line lost its talk; only an open talk's journal needs a look.
        if let names, let kept = file?.folderStamp, kept != 0, kept == names.stamp, file?.whole == true,
            stored.allSatisfy({ talk in
                !talk.status.isOpen
                    || talks.fileStamp(talk.id + "/" + Journal.fileName)
                        == FileStamp(size: talk.length, modified: talk.modified)
            })
        {
            return IndexRead(talks: stored, problems: [], dueGroups: file?.dueGroups ?? DueGroup.of(stored))
        }
        let stamp = TalkStore.trustworthy(names)
        var known: [String: Int] = [:]
        known.reserveCapacity(stored.count)
        for (i, talk) in stored.enumerated() { known[talk.id] = i }
        // The cheap path: a finished talk's line is trusted; an open talk's folder whose journal has the
        // length and time its line says is what the line says (one fstatat). Anything else (no line,
        // another length, no journal, a link) takes the careful path `allIDs` takes, which also clears
        // away a talk folder a crash left half made.
        let folders = try talks.namesAndKinds().filter { !$0.name.hasPrefix(".") }
        var fresh = [Bool](repeating: false, count: stored.count)
        var freshCount = 0
        var careful = false
        for (name, isFolder) in folders {
            if isFolder, let i = known[name],
                !stored[i].status.isOpen
                    || talks.fileStamp(name + "/" + Journal.fileName)
                        == FileStamp(size: stored[i].length, modified: stored[i].modified)
            {
                if !fresh[i] { freshCount += 1 }
                fresh[i] = true
            } else {
                careful = true
            }
        }
        if !careful && freshCount == stored.count {
            if stamp != file?.folderStamp { try? writeIndex(stored, folderStamp: stamp, in: root) }
            return IndexRead(talks: stored, problems: [], dueGroups: file?.dueGroups ?? DueGroup.of(stored))
        }
        let ids = careful ? try allIDs() : stored.indices.filter { fresh[$0] }.map { stored[$0].id }
        var lines: [IndexedTalk] = []
        var problems: [(String, StoreError)] = []
        for id in ids {
            if let i = known[id], fresh[i] {
                lines.append(stored[i])
                continue
            }
            do {
                let stamp = talks.fileStamp(id + "/" + Journal.fileName)
                let loaded = try load(id)
                let entry = IndexEntry(
                    record: loaded.record, plan: plan(loaded.record), length: stamp?.size ?? loaded.length,
                    modified: stamp?.modified ?? 0)
                if let talk = IndexedTalk(entry) { lines.append(talk) }
            } catch let error as StoreError {
                problems.append((id, error))
            }
        }
        let ordered = TalkStore.newestFirst(lines)
        // A talk that can't be read has no line: no stamp either, so the next read looks again and
        // still shows it as damaged.
        try? writeIndex(ordered, folderStamp: problems.isEmpty ? stamp : 0, in: root)
        return IndexRead(talks: ordered, problems: problems, dueGroups: DueGroup.of(ordered))
    }

    /// Takes a talk's line out of the index (its journal was rewritten or repaired), so the next `list`
    /// makes it again from the journal: a finished talk's line is otherwise trusted without a look.
    func dropIndexLine(_ id: String) {
        guard let root = try? openRoot(create: false) else { return }
        root.whileLocked {
            guard let bytes = try? root.read(TalkStore.indexName), let file = TalkStore.indexLines(bytes),
                file.talks.contains(where: { $0.id == id })
            else { return }
            // No folder stamp: with the line gone, the next read must look at every name to make it again.
            try? writeIndex(file.talks.filter { $0.id != id }, folderStamp: 0, in: root)
        }
    }

    /// Makes a talk's index line again now (its status changed), so the next `list` need not.
    public func reindex(_ record: Record, plan: TalkPlan?) {
        guard let talks = try? talksFolder(create: false), let root = try? openRoot(create: false),
            let stamp = talks.fileStamp(record.id + "/" + Journal.fileName),
            let talk = IndexedTalk(IndexEntry(record: record, plan: plan, length: stamp.size, modified: stamp.modified))
        else { return }
        root.whileLocked {
            let file = (try? root.read(TalkStore.indexName)).flatMap(TalkStore.indexLines)
            // A talk's line changes, not the set of talks: the folder stamp stays, unless this talk is new
            // to the index (its folder was made since), when the next read must look at every name.
            let lines = file?.talks ?? []
            let folderStamp = lines.contains { $0.id == record.id } ? file?.folderStamp ?? 0 : 0
            try? writeIndex(
                TalkStore.newestFirst(lines.filter { $0.id != record.id } + [talk]), folderStamp: folderStamp,
                in: root)
        }
    }

    /// The index's lines, their first fields read. The header's checksum (`IndexChecksum`) covers every line after it: an
    /// index changed anywhere (a line damaged past its first fields, a `=due` line lost, a cut) is no
    /// index, and is made anew from the journals, as is a file without the header (another version, or
    /// garbage). `whole`: every talk line's first fields read (always, for a file this version wrote).
    static func indexLines(_ bytes: [UInt8]) -> (
        folderStamp: Int64, talks: [IndexedTalk], dueGroups: [DueGroup]?, whole: Bool
    )? {
        let prefix = Array(IndexLine.header.utf8) + [IndexLine.tab]
        guard bytes.starts(with: prefix), let lineEnd = bytes.firstIndex(of: IndexLine.newline) else { return nil }
        let fields = String(decoding: bytes[prefix.count..<lineEnd], as: UTF8.self).split(separator: "\t")
        guard fields.count == 2, let folderStamp = Int64(fields[0]), fields[1].utf8.count == 16,
            let sum = UInt64(fields[1], radix: 16),
            bytes.withUnsafeBytes({ IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[(lineEnd + 1)...])) }) == sum
        else { return nil }
        let header = bytes[...lineEnd]
        // Line ends found with memchr: a byte-by-byte search was half of reading 3,000 lines.
        let ends = bytes.withUnsafeBufferPointer { buffer -> [Int] in
            guard let base = buffer.baseAddress else { return [] }
            var ends: [Int] = []
            var from = header.count
            while from < buffer.count,
                let found = memchr(base + from, Int32(IndexLine.newline), buffer.count - from)
            {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ends.append(end)
                from = end + 1
            }
            if from < buffer.count { ends.append(buffer.count) }
            return ends
        }
        var talks: [IndexedTalk] = []
        talks.reserveCapacity(ends.count)
        var groupLines: [ArraySlice<UInt8>] = []
        var start = header.count
        for end in ends {
            let line = bytes[start..<end]
            if line.first == UInt8(ascii: "=") {
                groupLines.append(line)  // ids never start with "="
            } else if let talk = IndexLine.head(line) {
                talks.append(talk)
            }
            start = end + 1
        }
        // Groups are read only whole: one that doesn't (or a line left out) and they are made again.
        let groups = groupLines.compactMap { DueGroup.read($0, talks: talks) }
        let linesRead = talks.count == ends.count - groupLines.count
        let whole = groups.count == groupLines.count && linesRead
        return (folderStamp, talks, whole ? groups : nil, linesRead)
    }

    /// Most recently touched first; talks touched in the same second by id, so the order is always the same.
    static func newestFirst(_ talks: [IndexedTalk]) -> [IndexedTalk] {
        talks.sorted { $0.updatedSeconds != $1.updatedSeconds ? $0.updatedSeconds > $1.updatedSeconds : $0.id < $1.id }
    }

    /// The talks folder's stamp to keep in the index: only one at least two seconds old, since a change
    /// within the same tick of the file system's clock would leave it as it is (0: none kept).
    static func trustworthy(_ names: (stamp: Int64, secondsAgo: Int64)?) -> Int64 {
        guard let names, names.secondsAgo >= 2 else { return 0 }
        return names.stamp
    }

    private func writeIndex(_ talks: [IndexedTalk], folderStamp: Int64, in root: Folder) throws {
        var body: [UInt8] = []
        for group in DueGroup.of(talks) { body += Array(group.line.utf8) + [IndexLine.newline] }
        body.reserveCapacity(talks.reduce(body.count) { $0 + $1.line.count + 1 })
        for talk in talks {
            body += talk.line
            body.append(IndexLine.newline)
        }
        try root.writeAtomically(TalkStore.indexFile(folderStamp: folderStamp, body: body), to: TalkStore.indexName)
        _ = root.remove(TalkStore.formerIndexName)
    }

    /// The file: its header (format, version, folder stamp, the checksum of what follows), then `body`.
    static func indexFile(folderStamp: Int64, body: [UInt8]) -> [UInt8] {
        Array((IndexLine.header + "\t\(folderStamp)\t" + IndexChecksum.hex(IndexChecksum.of(body)) + "\n").utf8) + body
    }
}
