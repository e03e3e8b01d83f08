import FoundationEssentials
import TalkEngine
import TalkStore
import Terminal

/// `candor diff [OLD] NEW [--all]`: what changed between two talks of the same people, as `candor show`
/// shows them (a together talk: what both saw, unless --all with both consenting). With only NEW, OLD is
/// the most recent earlier talk of the same talk, mode and people.
struct DiffCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "diff", abstract: "what changed since an earlier talk of the same people",
        discussion: "Compares two talks as candor show shows them. With only NEW, OLD is the most recent earlier "
            + "talk of the same talk, mode and people.",
        arguments: [
            ArgumentSpec("OLD", .optionalBefore, help: "the earlier talk (else found for you)", values: .talkIDs),
            ArgumentSpec(
                "NEW", help: "the later talk: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs),
        ],
        options: [
            .flag("--json", help: "the changes as JSON (README: JSON output)"),
            .flag("--all", help: "together talks: everything, once you each agree by typing your name"),
        ],
        examples: ["candor diff 3f2a", "candor diff 1b7c 3f2a --json"])

    var ids: [String]
    var json: Bool
    var all: Bool

    init(parsing arguments: ParsedArguments) throws {
        json = arguments.flag("--json")
        all = arguments.flag("--all")
        ids = arguments.positionals
        guard !ids.isEmpty else {
            throw CommandFailure(
                message: "candor diff needs a talk id (and optionally an older one first). See: candor list",
                code: .usage)
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        // An answer kept to its author (docs/care.md) reads as skipped, on both sides.
        var (newId, new) = try context.recordForView(ids[ids.count - 1], in: store)
        var old: Record
        if ids.count == 2 {
            old = try context.recordForView(ids[0], in: store).record
        } else {
            // Newest first among those the index's first fields allow; a line decoded only until one is
            // of the same talk and people (decoding every talk's line was most of diff at thousands).
            let candidates = try TalkSummaries.load(store).compactMap(\.talk).filter {
                $0.mode == new.mode && $0.created <= new.created
            }.sorted { $0.created > $1.created }
            let earlier = try candidates.lazy.compactMap(\.entry).first { e in
                e.id != new.id && e.talk.id == new.talk.id
                    && StandingLookup.peopleKey(e) == StandingLookup.peopleKey(new)
            }.map { try store.load($0.id).record }
            guard let found = earlier else {
                if json {
                    try printJSON(context, old: nil, new: new, changes: [])
                    return ExitCode.ok
                }
                context.output.line(
                    "There's no earlier \(new.talk.id) talk of the same people to compare with. Name one: candor diff OLD \(newId)"
                )
                return ExitCode.ok
            }
            old = found.withheldAnswersSkipped
        }
        if all {
            // Everyone in either talk agrees, for each talk: each talk's answers are sealed under its own keys.
            let command = "candor diff \(old.id) \(new.id)"
            guard let openedOld = try EverythingConsent.everything(context, old, command: command, store: store),
                let openedNew = try EverythingConsent.everything(context, new, command: command, store: store)
            else { return ExitCode.noPermission }
            (old, new) = (openedOld, openedNew)
        }
        let script = TalkLoader.scriptForView(new.talk, store: store, output: context.output)
        let diff = RecordDiff(old: old, new: new, script: script, everything: all)
        if json {
            try printJSON(context, old: old, new: new, changes: diff.changes)
            return ExitCode.ok
        }
        let style = context.output.style
        context.output.line(
            style.bold("What changed")
                + style.dim(
                    " · \(oneLine: old.id) (\(old.created.shortText)) → \(oneLine: new.id) (\(new.created.shortText))"))
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
                for line in ShowCommand.indentedLines(before, first: "      ", rest: "      ") {
                    context.output.line(style.dim(line))
                }
                context.output.line("    " + who + "now:")
                for line in ShowCommand.indentedLines(after, first: "      ", rest: "      ") {
                    context.output.line(style.calm(line))
                }
            } else {
                context.output.line(
                    "    " + who + style.dim("\(oneLine: before)") + " → " + style.calm("\(oneLine: after)"))
            }
        }
        return ExitCode.ok
    }

    /// `diff --json`: the two talks and each change (README: JSON output).
    private func printJSON(_ context: Context, old: Record?, new: Record, changes: [RecordDiff.Change]) throws {
        struct Talk: Encodable {
            var id: String
            var created: Moment
        }
        // Absent values are written as null, so every key is always there.
        struct Change: Encodable {
            var step: String
            var question: String
            var person: String?
            var before: String?
            var after: String?
            enum CodingKeys: CodingKey { case step, question, person, before, after }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(step, forKey: .step)
                try c.encode(question, forKey: .question)
                try c.encode(person, forKey: .person)
                try c.encode(before, forKey: .before)
                try c.encode(after, forKey: .after)
            }
        }
        struct Output: Encodable {
            var old: Talk?
            var new: Talk
            var changes: [Change]
            enum CodingKeys: CodingKey { case old, new, changes }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(old, forKey: .old)
                try c.encode(new, forKey: .new)
                try c.encode(changes, forKey: .changes)
            }
        }
        let output = Output(
            old: old.map { Talk(id: $0.id, created: $0.created) }, new: Talk(id: new.id, created: new.created),
            changes: changes.map {
                Change(
                    step: $0.step, question: $0.question, person: $0.person,
                    before: $0.before, after: $0.after)
            })
        context.output.line(TerminalText(try JSONOutput.encode(output)))
    }

    static func samePeople(_ a: Record, _ b: Record) -> Bool {
        Set(a.people.map { ($0.name ?? "").lowercased() }) == Set(b.people.map { ($0.name ?? "").lowercased() })
    }
}
