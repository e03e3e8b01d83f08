import TalkEngine
import TalkStore
import Terminal

/// `candor diff [OLD] NEW [--all]`: what changed between two talks of the same people, as `candor show`
/// shows them (a together talk: what both saw, unless --all with both consenting). With only NEW, OLD is
/// the most recent earlier talk of the same talk, mode and people.
enum DiffCommand {
    static func run(_ context: Context, ids: [String], all: Bool) throws -> Int32 {
        let store = try context.store()
        let newId = try store.resolve(ids.last!)
        // An answer kept to its author (docs/care.md) reads as skipped, on both sides.
        let new = try store.load(newId).record.withheldAnswersSkipped
        let old: Record
        if ids.count == 2 {
            old = try store.load(try store.resolve(ids[0])).record.withheldAnswersSkipped
        } else {
            let earlier = try TalkSummaries.load(store).compactMap(\.record).filter {
                $0.id != new.id && $0.talk.id == new.talk.id && $0.mode == new.mode && samePeople($0, new) && $0.created <= new.created
            }.max { $0.created < $1.created }
            guard let found = earlier else {
                context.output.line("There's no earlier \(new.talk.id) talk of the same people to compare with. Name one: candor diff OLD \(newId)")
                return ExitCode.ok
            }
            old = found.withheldAnswersSkipped
        }
        if all {
            // Everyone in either talk agrees; the same two people are asked once.
            let together = [new, old].filter { $0.mode == .together }
            for r in together.indices where together[..<r].allSatisfy({ !samePeople($0, together[r]) }) {
                guard try EverythingConsent.granted(context, together[r], command: "candor diff \(old.id) \(new.id)") else { return ExitCode.ok }
            }
        }
        let script = try? TalkLoader.load(new.talk.source).script
        let diff = RecordDiff(old: old, new: new, script: script, everything: all)
        let style = context.output.style
        context.output.line(style.bold("What changed") + style.dim(" · \(oneLine: old.id) (\(old.created.shortText)) → \(oneLine: new.id) (\(new.created.shortText))"))
        guard !diff.changes.isEmpty else {
            context.output.line("Nothing changed between these talks.")
            return ExitCode.ok
        }
        var step = ""
        for c in diff.changes {
            if c.step != step {
                step = c.step
                context.output.line("\n" + style.bold(style.accent("\(oneLine: step)")))
            }
            let who: TerminalText = c.person.map { "\(oneLine: $0): " } ?? ""
            let before = c.before ?? "(not answered)"
            let after = c.after ?? "(not answered)"
            context.output.line("  \(oneLine: c.question)")
            if before.contains("\n") || after.contains("\n") {
                // Text of several lines (a reveal's summary) is shown as lines, before and after, not as ^J.
                context.output.line("    " + who + "was:")
                for line in ShowCommand.indentedLines(before, first: "      ", rest: "      ") { context.output.line(style.dim(line)) }
                context.output.line("    " + who + "now:")
                for line in ShowCommand.indentedLines(after, first: "      ", rest: "      ") { context.output.line(style.calm(line)) }
            } else {
                context.output.line("    " + who + style.dim("\(oneLine: before)") + " → " + style.calm("\(oneLine: after)"))
            }
        }
        return ExitCode.ok
    }

    static func samePeople(_ a: Record, _ b: Record) -> Bool {
        Set(a.people.map { ($0.name ?? "").lowercased() }) == Set(b.people.map { ($0.name ?? "").lowercased() })
    }
}
