import BuiltinTalks
import Terminal

/// `candor talks [--source NAME]`: the built-in talks, or one's script to adapt.
struct TalksCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "talks", abstract: "the built-in talks (--source prints one's script)",
        discussion: "Any of them can be copied and adapted: print its script with --source, edit it, check it "
            + "with candor check, and start it with --talk FILE.",
        options: [
            .value(
                "--source", value: "NAME", help: "print that talk's script",
                values: .choices(BuiltinTalks.all.map(\.name))),
            .flag("--json", help: "the list as JSON (README: JSON output)"),
        ],
        examples: ["candor talks", "candor talks --source check-in > mine.talk"])

    var source: String?
    var json: Bool

    init(parsing arguments: ParsedArguments) {
        source = arguments.value("--source")
        json = arguments.flag("--json")
    }

    /// One built-in talk in `talks --json`.
    private struct Entry: Encodable {
        var name: String
        var summary: String
        var isDefault: Bool
        enum CodingKeys: String, CodingKey {
            case name, summary
            case isDefault = "default"
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        if json && source == nil {
            let entries = BuiltinTalks.all.map {
                Entry(name: $0.name, summary: $0.summary, isDefault: $0.name == BuiltinTalks.defaultName)
            }
            context.output.line(TerminalText(try JSONOutput.encode(entries)))
            return ExitCode.ok
        }
        if let name = source {
            guard let talk = name == BuiltinTalks.readiness.name ? BuiltinTalks.readiness : BuiltinTalks.named(name)
            else {
                throw CommandFailure(
                    message: "No built-in talk named \u{201C}\(name)\u{201D}. See: candor talks", code: ExitCode.noInput
                )
            }
            context.output.write(TerminalText(talk.source.hasSuffix("\n") ? talk.source : talk.source + "\n"))
            return ExitCode.ok
        }
        let style = context.output.style
        let width = BuiltinTalks.all.map(\.name.count).max() ?? 0
        for talk in BuiltinTalks.all {
            let mark = talk.name == BuiltinTalks.defaultName ? " (default)" : ""
            let padding = String(repeating: " ", count: width - talk.name.count)
            context.output.line(style.bold("\(talk.name)") + "\(padding)  \(talk.summary)" + style.dim("\(mark)"))
        }
        context.output.line(
            style.dim("Start one with: candor practice --talk NAME. Print its script with: candor talks --source NAME"))
        return ExitCode.ok
    }
}
