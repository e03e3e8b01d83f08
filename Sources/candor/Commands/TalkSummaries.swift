import TalkEngine
import TalkStore

/// Every talk in the data directory with its record, or the reason it could not be read.
struct TalkSummary {
    let id: String
    let record: Record?
    let problem: StoreError?
}

enum TalkSummaries {
    /// Most recently touched first.
    static func load(_ store: TalkStore) -> [TalkSummary] {
        store.allIDs().map { id in
            do {
                return TalkSummary(id: id, record: try store.load(id).record, problem: nil)
            } catch let e as StoreError {
                return TalkSummary(id: id, record: nil, problem: e)
            } catch {
                return TalkSummary(id: id, record: nil, problem: .io(path: store.journalPath(id), reason: "\(error)"))
            }
        }.sorted { ($0.record?.updated.epochSeconds ?? 0) > ($1.record?.updated.epochSeconds ?? 0) }
    }

    static func people(_ record: Record) -> String {
        let names = record.people.compactMap(\.name)
        return names.isEmpty ? (record.mode == .practice ? "you" : "-") : names.joined(separator: ", ")
    }

    /// "2026-11-21 18:05" in the talk's own offset.
    static func shortTime(_ m: Moment) -> String {
        let l = m.local
        return "\(l.date.iso) \(l.time?.iso ?? "")"
    }
}
