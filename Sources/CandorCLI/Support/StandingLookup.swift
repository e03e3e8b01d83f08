import TalkEngine
import TalkScript
import TalkStore

/// Finding the same people's earlier talks, for their standing agreements (`candor agreements`, a
/// check-in or debrief starting from them, `candor due`, `candor history`).
enum StandingLookup {
    /// Who a talk is between, as one key: the names, in any order and case. Practising alone without a
    /// name is "you".
    static func peopleKey(_ record: Record) -> String {
        peopleKey(record.people.compactMap(\.name), mode: record.mode)
    }

    static func peopleKey(_ entry: IndexEntry) -> String {
        peopleKey(entry.people.compactMap(\.name), mode: entry.mode)
    }

    /// The groups `--people A,B` names: the two of them together, or one person practising.
    static func peopleKeys(_ names: [String]) -> Set<String> {
        Set([Mode.together, .practice].map { peopleKey(names, mode: $0) })
    }

    static func peopleKey(_ names: [String], mode: Mode) -> String {
        let key = names.map { $0.lowercased() }.sorted().joined(separator: ",")
        return key.isEmpty ? (mode == .practice ? "(you)" : "(nobody)") : key
    }

    /// Every readable talk grouped by who it is between, each group oldest first, with its script when
    /// it can still be found. `only`: just these groups (people keys); the talk index says which talks
    /// they hold, so no other talk's journal is read.
    static func groups(_ store: TalkStore, only: Set<String>? = nil) throws
        -> [String: [(record: Record, script: Script?)]]
    {
        var scripts: [String: Script?] = [:]
        var groups: [String: [(record: Record, script: Script?)]] = [:]
        for summary in try TalkSummaries.load(store) {
            guard let entry = summary.entry, only?.contains(peopleKey(entry)) ?? true,
                let record = try? summary.record(store)
            else { continue }
            groups[peopleKey(record), default: []].append(
                (record, TalkSummaries.script(record.talk.source, cache: &scripts, store: store)))
        }
        return groups.mapValues { $0.sorted { $0.record.created < $1.record.created } }
    }

    /// The standing agreements a new (or resumed) talk of these people starts from: from their talks
    /// before it, never from itself. Empty for a talk that does not review them.
    static func offered(for script: Script, names: [String], mode: Mode, store: TalkStore, before: Record? = nil)
        throws -> [StandingAgreement]
    {
        // Only a talk that offers them again (`reviews agreements`) needs them: the others read no records.
        guard script.reviewsAgreements else { return [] }
        let key = peopleKey(names, mode: mode)
        let earlier = (try groups(store, only: [key])[key] ?? []).filter { talk in
            guard let before else { return true }
            return talk.record.id != before.id && talk.record.created <= before.created
        }
        return StandingAgreements.current(earlier)
    }
}
