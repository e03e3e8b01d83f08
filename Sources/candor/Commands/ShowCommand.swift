import FoundationEssentials
import TalkEngine
import TalkStore
import Terminal

/// `candor show ID [--json]`: a talk's record, readable or as the JSON it is.
enum ShowCommand {
    static func run(_ context: Context, id given: String, json: Bool, all: Bool = false) throws -> Int32 {
        let store = try context.store()
        let id = try store.resolve(given)
        let stored = try store.load(id)
        let record = stored.record.withheldAnswersSkipped  // an answer kept to its author (docs/care.md)
        for notice in stored.notices { context.output.error(notice) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.line(JSONOutput.text(try encoder.encode(record)))
            return ExitCode.ok
        }
        let script = try? TalkLoader.load(record.talk.source).script
        if record.mode == .together && all && !confirmEverything(context, record) { return ExitCode.ok }
        let view = RecordView(record: record, script: script, everything: record.mode == .practice || all)
        let out = context.output
        let style = out.style
        let safe = Sanitizer.visible
        out.line(style.bold(safe(record.talk.title)) + style.dim(" (\(record.talk.id) v\(record.talk.version)) · \(record.mode.rawValue) · \(record.status.rawValue)"))
        out.line(style.dim("Talk \(record.id) · \(safe(TalkSummaries.people(record))) · started \(record.created.shortText) · last touched \(record.updated.shortText)"))
        for section in view.sections {
            out.line()
            out.line(style.bold(style.accent(safe(section.title))))
            for entry in section.entries {
                out.line("  " + safe(entry.question))
                for a in entry.answers {
                    let who = RecordView.speaker(a.person, in: record).map { "\(safe($0)): " } ?? ""
                    out.line("    " + style.calm(who + safe(a.text)))
                }
            }
        }
        // In a together talk a warning sign was shown privately to the person it concerned: only --all shows them.
        if !record.flags.isEmpty && (record.mode == .practice || all) {
            out.line()
            out.line(style.warning(style.bold("Warning signs noted")))
            for f in record.flags { out.line("  " + style.warning(safe(f.message))) }
        }
        if !view.card.isEmpty {
            out.line()
            out.line(style.bold(style.accent("My script")))
            for line in view.card { out.line("  " + safe(line)) }
        }
        return ExitCode.ok
    }

    /// `--all` on a together talk shows both people's private answers, nos included: say so, and on a
    /// terminal ask first.
    static func confirmEverything(_ context: Context, _ record: Record) -> Bool {
        let warning = "This shows everything both of you answered privately, including anything either of you said no to. "
            + "Only go on if you both agree to see it."
        context.output.error(warning)
        guard Environment.stdinIsTerminal else { return true }
        let reader = context.makeReader()
        switch reader.readLine(prompt: "Show everything? (yes/no) › ", completions: ["yes", "no"], remember: false, prefill: nil) {
        case .line(let answer): return ["y", "yes"].contains(answer.trimmingSpaces.lowercased())
        default: return false
        }
    }
}
