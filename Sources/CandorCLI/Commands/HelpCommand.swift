import Terminal

/// `candor help [COMMAND]`: the overview, or one command's own help.
struct HelpCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "help", abstract: "this overview, or a command's own help",
        arguments: [ArgumentSpec("COMMAND", .optional, help: "the command to explain", values: .commands)],
        examples: ["candor help export", "candor export --help"])

    /// The command to explain (its name, checked when parsed), or nil for the overview.
    var topic: String?

    init(parsing arguments: ParsedArguments) throws {
        topic = try arguments.positionals.first.map { try CommandRegistry.resolve($0).spec.name }
    }

    func run(_ context: Context) throws -> ExitCode {
        let text =
            topic.flatMap(CommandRegistry.command(named:)).map { HelpText.help(for: $0.spec) } ?? HelpText.overview
        context.output.line(TerminalText(text))
        return ExitCode.ok
    }
}
