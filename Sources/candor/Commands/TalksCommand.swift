import BuiltinTalks
import Terminal

/// `candor talks [--source NAME]`: the built-in talks, or one's script to adapt.
enum TalksCommand {
    static func run(_ context: Context, source: String?) throws -> Int32 {
        if let name = source {
            guard let talk = name == BuiltinTalks.readiness.name ? BuiltinTalks.readiness : BuiltinTalks.named(name) else {
                throw CommandFailure(message: "No built-in talk named \u{201C}\(name)\u{201D}. See: candor talks", code: ExitCode.noInput)
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
        context.output.line(style.dim("Start one with: candor practice --talk NAME. Print its script with: candor talks --source NAME"))
        return ExitCode.ok
    }
}
