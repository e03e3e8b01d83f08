import TalkEngine
import TalkStore
import Terminal

/// `candor diff [OLD] NEW [--all]`: what changed between two talks of the same people. With only NEW,
/// OLD is the most recent earlier talk of the same talk, mode and people.
enum DiffCommand {
    static func run(_ context: Context, ids: [String], all: Bool) throws -> Int32 {
        let store = try context.store()
        let newId = try store.resolve(ids.last!)
        let new = try store.load(newId).record
        let old: Record
        if ids.count == 2 {
            old = try store.load(try store.resolve(ids[0])).record
        } else {
            let earlier = try TalkSummaries.load(store).compactMap(\.record).filter {
                $0.id != new.id && $0.talk.id == new.talk.id && $0.mode == new.mode && samePeople($0, new) && $0.created <= new.created
            }.max { $0.created < $1.created }
            guard let found = earlier else {
                context.output.line("There's no earlier \(new.talk.id) talk of the same people to compare with. Name one: candor diff OLD \(newId)")
                return ExitCode.ok
            }
            old = found
        }
        if new.mode == .together && all {
            context.output.error("This compares everything both of you answered privately, including anything either of you said no to.")
        }
        let script = try? TalkLoader.load(new.talk.source).script
        let diff = RecordDiff(old: old, new: new, script: script, everything: all)
        let style = context.output.style
        let safe = Sanitizer.visible
        context.output.line(style.bold("What changed") + style.dim(" · \(old.id) (\(old.created.shortText)) → \(new.id) (\(new.created.shortText))"))
        guard !diff.changes.isEmpty else {
            context.output.line("Nothing changed between these talks.")
            return ExitCode.ok
        }
        var step = ""
        for c in diff.changes {
            if c.step != step {
                step = c.step
                context.output.line("\n" + style.bold(style.accent(safe(step))))
            }
            let who = c.person.map { "\(safe($0)): " } ?? ""
            context.output.line("  " + safe(c.question))
            context.output.line("    " + who + style.dim(safe(c.before ?? "(not answered)")) + " → " + style.calm(safe(c.after ?? "(not answered)")))
        }
        return ExitCode.ok
    }

    static func samePeople(_ a: Record, _ b: Record) -> Bool {
        Set(a.people.map { ($0.name ?? "").lowercased() }) == Set(b.people.map { ($0.name ?? "").lowercased() })
    }
}
