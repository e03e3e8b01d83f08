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

    init(
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

/// The talk index, `index.tsv` in the data folder (0600, `IndexLine`): a line per talk, so `list`, plain `candor` and `due` read
/// one file instead of every journal. It is a cache, never the truth: a line whose journal has another
/// length now (a talk went on, was repaired or rewritten) is made again from the journal, a talk with no
/// line gets one, a line with no talk goes, and a file that can't be read is made anew. Whatever changed
/// is written back at once, atomically (temporary file, fsync, rename), when the folder can be written.
extension TalkStore {
    static let indexName = "index.tsv"
    /// The name the index had in its first (JSON) form: removed when the new one is written.
    static let formerIndexName = "index.jsonl"

    /// Every talk: its index line, or why it could not be read (damaged, unsafe). `plan` makes a talk's
    /// plan when its line is made again (the caller has the scripts).
    public func indexed(plan: (Record) -> TalkPlan?) throws -> (entries: [IndexEntry], problems: [(String, StoreError)])
    {
        guard let talks = try talksFolder(create: false), let root = try openRoot(create: false) else {
            return ([], [])
        }
        var known: [String: IndexEntry] = [:]
        if let bytes = try? root.read(TalkStore.indexName) {
            for entry in TalkStore.decodeIndex(bytes) { known[entry.id] = entry }
        }
        // The cheap path: a finished talk's line is trusted (its journal is only ever changed again by a
        // rewrite or a repair, which take the line out); an open talk's folder whose journal has the
        // length and time its line says is what the line says (one fstatat). Anything else (no line,
        // another length, no journal, a link) takes the careful path `allIDs` takes, which also clears
        // away a talk folder a crash left half made.
        let folders = try talks.namesAndKinds().filter { !$0.name.hasPrefix(".") }
        var ids: [String] = []
        var fresh: Set<String> = []
        var careful = false
        for (name, isFolder) in folders {
            if isFolder, let entry = known[name],
                !entry.status.isOpen
                    || talks.fileStamp(name + "/" + Journal.fileName)
                        == FileStamp(size: entry.length, modified: entry.modified)
            {
                ids.append(name)
                fresh.insert(name)
            } else {
                careful = true
            }
        }
        if careful { ids = try allIDs() }
        var entries: [IndexEntry] = []
        var problems: [(String, StoreError)] = []
        var changed = known.count != ids.count
        for id in ids {
            if fresh.contains(id), let entry = known[id] {
                entries.append(entry)
                continue
            }
            changed = true
            do {
                let stamp = talks.fileStamp(id + "/" + Journal.fileName)
                let stored = try load(id)
                entries.append(
                    IndexEntry(
                        record: stored.record, plan: plan(stored.record), length: stamp?.size ?? stored.length,
                        modified: stamp?.modified ?? 0))
            } catch let error as StoreError {
                problems.append((id, error))
            }
        }
        if changed { try? writeIndex(entries, in: root) }
        return (entries, problems)
    }

    /// Takes a talk's line out of the index (its journal was rewritten or repaired), so the next `list`
    /// makes it again from the journal: a finished talk's line is otherwise trusted without a look.
    func dropIndexLine(_ id: String) {
        guard let root = try? openRoot(create: false), let bytes = try? root.read(TalkStore.indexName) else {
            return
        }
        let prefix = Array(id.utf8) + [IndexLine.tab]
        let lines = bytes.split(separator: IndexLine.newline, omittingEmptySubsequences: true)
        let kept = lines.filter { !$0.starts(with: prefix) }
        guard kept.count != lines.count else { return }
        try? root.writeAtomically(
            Array(kept.joined(separator: [IndexLine.newline])) + [IndexLine.newline], to: TalkStore.indexName)
    }

    /// Makes a talk's index line again now (its status changed), so the next `list` need not.
    public func reindex(_ record: Record, plan: TalkPlan?) {
        guard let talks = try? talksFolder(create: false), let root = try? openRoot(create: false),
            let stamp = talks.fileStamp(record.id + "/" + Journal.fileName)
        else { return }
        var entries: [IndexEntry] = []
        if let bytes = try? root.read(TalkStore.indexName) { entries = TalkStore.decodeIndex(bytes) }
        entries.removeAll { $0.id == record.id }
        entries.append(IndexEntry(record: record, plan: plan, length: stamp.size, modified: stamp.modified))
        try? writeIndex(entries.sorted { $0.id < $1.id }, in: root)
    }

    /// The index's lines; a line that doesn't read is left out (its talk is indexed again), and a file
    /// without the header (another version, or garbage) is no index at all.
    static func decodeIndex(_ bytes: [UInt8]) -> [IndexEntry] {
        let header = Array(IndexLine.header.utf8) + [IndexLine.newline]
        guard bytes.starts(with: header) else { return [] }
        var entries: [IndexEntry] = []
        var rest = bytes[header.count...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: IndexLine.newline) ?? rest.endIndex
            if let entry = IndexLine.decode(rest[..<end]) { entries.append(entry) }
            rest = end == rest.endIndex ? [] : rest[(end + 1)...]
        }
        return entries
    }

    private func writeIndex(_ entries: [IndexEntry], in root: Folder) throws {
        var text = IndexLine.header + "\n"
        for entry in entries { text += IndexLine.encode(entry) + "\n" }
        try root.writeAtomically(Array(text.utf8), to: TalkStore.indexName)
        _ = root.remove(TalkStore.formerIndexName)
    }
}
