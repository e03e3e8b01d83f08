import TalkEngine
import TalkScript
import TalkStore

/// Every talk in the data directory as the talk index has it, or the reason it could not be read.
struct TalkSummary {
    /// Its index line: id, status and last touched read; the rest decoded when asked for.
    let talk: IndexedTalk?
    let problem: StoreError?
    /// The id of a talk that could not be read (a readable one's is in its line).
    private let unreadID: String

    init(id: String, talk: IndexedTalk?, problem: StoreError?) {
        self.talk = talk
        self.problem = problem
        unreadID = talk == nil ? id : ""
    }

    init(_ talk: IndexedTalk) { self.init(id: "", talk: talk, problem: nil) }

    var id: String { talk?.id ?? unreadID }

    /// The whole index line, decoded now (bind it once: each use decodes again).
    var entry: IndexEntry? { talk?.entry }

    /// The whole record, read from the journal (only for the talks a command needs whole).
    func record(_ store: TalkStore) throws -> Record { try store.load(id).record }
}

enum TalkSummaries {
    /// Most recently touched first, from the talk index (`TalkStore.indexed`): one file, and a journal
    /// read only for a talk whose line is missing or stale.
    static func load(_ store: TalkStore) throws -> [TalkSummary] {
        try loadWithDue(store).talks
    }

    /// The same, with the groups `due` is answered from (kept in the index: no line read for them).
    static func loadWithDue(_ store: TalkStore) throws -> (talks: [TalkSummary], due: [DueGroup]) {
        var scripts: [String: Script?] = [:]
        let read = try store.indexed { record in
            TalkPlan(record: record, script: script(record.talk.source, cache: &scripts, store: store))
        }
        // The index is newest first already; a talk that can't be read comes last, by id.
        let talks =
            read.talks.map(TalkSummary.init)
            + read.problems.sorted { $0.0 < $1.0 }.map { TalkSummary(id: $0.0, talk: nil, problem: $0.1) }
        return (talks, read.dueGroups)
    }

    /// A talk's script by its source, compiled once per command (nil when it can't be found now).
    static func script(_ source: String, cache: inout [String: Script?], store: TalkStore) -> Script? {
        if cache[source] == nil { cache[source] = .some((try? TalkLoader.load(source, cache: store))?.script) }
        return cache[source] ?? nil
    }

    /// Makes a talk's index line again, after its status changed (paused, stopped, complete).
    static func reindex(_ record: Record, script: Script?, store: TalkStore) {
        store.reindex(record, plan: TalkPlan(record: record, script: script))
    }

    /// The title of the step an unfinished talk stopped in (where its first open question is), or nil
    /// when its script can't be loaded. Scripts are compiled once per source.
    static func step(of record: Record, scripts: inout [String: Script?], store: TalkStore) -> String? {
        guard let script = script(record.talk.source, cache: &scripts, store: store) else { return nil }
        guard let prompt = Session(script: script, record: record).current else { return nil }
        return prompt.progress?.stepTitle ?? script.card?.title ?? "the rehearsal"
    }

    static func people(_ record: Record) -> String { people(record.people, mode: record.mode) }

    static func people(_ people: [Participant], mode: Mode) -> String {
        let names = people.compactMap(\.name)
        return names.isEmpty ? (mode == .practice ? "you" : "-") : names.joined(separator: ", ")
    }
}
