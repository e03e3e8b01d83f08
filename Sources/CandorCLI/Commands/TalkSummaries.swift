import TalkEngine
import TalkScript
import TalkStore

/// Every talk in the data directory with its record, or the reason it could not be read.
struct TalkSummary {
    let id: String
    let record: Record?
    let problem: StoreError?
}

enum TalkSummaries {
    /// Most recently touched first.
    static func load(_ store: TalkStore) throws -> [TalkSummary] {
        try store.allIDs().map { id in
            do {
                return TalkSummary(id: id, record: try store.load(id).record, problem: nil)
            } catch let e as StoreError {
                return TalkSummary(id: id, record: nil, problem: e)
            } catch {
                return TalkSummary(id: id, record: nil, problem: .io(path: store.journalPath(id), reason: "\(error)"))
            }
        }.sorted { ($0.record?.updated.epochSeconds ?? 0) > ($1.record?.updated.epochSeconds ?? 0) }
    }

    /// The title of the step an unfinished talk stopped in (where its first open question is), or nil
    /// when its script can't be loaded. Scripts are compiled once per source.
    static func step(of record: Record, scripts: inout [String: Script?]) -> String? {
        if scripts[record.talk.source] == nil {
            scripts[record.talk.source] = .some((try? TalkLoader.load(record.talk.source))?.script)
        }
        guard let script = scripts[record.talk.source] ?? nil else { return nil }
        guard let prompt = Session(script: script, record: record).current else { return nil }
        return prompt.progress?.stepTitle ?? script.card?.title ?? "the rehearsal"
    }

    static func people(_ record: Record) -> String {
        let names = record.people.compactMap(\.name)
        return names.isEmpty ? (record.mode == .practice ? "you" : "-") : names.joined(separator: ", ")
    }
}
