import FoundationEssentials
import TalkEngine
import TalkStore
import Terminal

/// `candor list [--json]`: every talk with id, talk, mode, status, people and dates.
struct ListCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "list", aliases: ["ls"], abstract: "your talks: id, talk, mode, status, people, dates",
        options: [.flag("--json", help: "as JSON: one object per talk (README: JSON output)")],
        examples: ["candor list", "candor list --json"])

    var json: Bool

    init(json: Bool = false) { self.json = json }

    init(parsing arguments: ParsedArguments) {
        json = arguments.flag("--json")
    }

    struct Row: Encodable {
        var id: String
        var talk: String?
        var title: String?
        var version: Int?
        var mode: String?
        var status: String
        var people: [String?]?
        var created: String?
        var updated: String?
        var answers: Int?
        var problem: String?
    }

    func run(_ context: Context) throws -> ExitCode {
        let talks = try TalkSummaries.load(try context.store())
        let rows = talks.map { t -> Row in
            guard let r = t.entry else {
                return Row(id: t.id, status: "damaged", problem: t.problem?.description)
            }
            return Row(
                id: t.id, talk: r.talk.id, title: r.talk.title, version: r.talk.version, mode: r.mode.rawValue,
                status: r.status.rawValue, people: r.people.map(\.name), created: r.created.iso8601,
                updated: r.updated.iso8601, answers: r.answers)
        }
        if json {
            context.output.line(TerminalText(try JSONOutput.encode(rows)))
            return ExitCode.ok
        }
        guard !talks.isEmpty else {
            context.output.line("No talks yet. Start one with: candor practice")
            return ExitCode.ok
        }
        let style = context.output.style
        let header = ["ID", "TALK", "MODE", "STATUS", "PEOPLE", "STARTED", "LAST TOUCHED"]
        let cells = talks.map { t -> [String] in
            guard let r = t.entry else { return [t.id, "?", "?", "damaged", "", "", ""] }
            // One line each: a record's fields are the person's or the file's, never layout.
            return [
                t.id, Sanitizer.visible(r.talk.id), r.mode.rawValue, r.status.rawValue,
                Sanitizer.visible(TalkSummaries.people(r.people, mode: r.mode)),
                r.created.shortText, r.updated.shortText,
            ]
        }
        let widths = header.indices.map { c in ([header[c]] + cells.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - $1.count) }.joined(separator: "  ")
        }
        // One write for the whole table: a line a write costs a system call per talk.
        var table = style.dim(TerminalText(line(header))) + "\n"
        for row in cells { table += TerminalText(line(row)) + "\n" }
        context.output.write(table)
        for t in talks { if let p = t.problem { context.output.error(TerminalText(p.description)) } }
        return ExitCode.ok
    }
}
