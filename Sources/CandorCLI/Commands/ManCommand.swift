import Terminal

/// `candor man`: the manual page, as roff (docs/candor.1 is this output).
struct ManCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "man", abstract: "the manual page, as roff",
        examples: ["candor man | man -l -", "candor man > ~/.local/share/man/man1/candor.1"])

    init(parsing arguments: ParsedArguments) {}

    func run(_ context: Context) throws -> ExitCode {
        context.output.write(TerminalText(ManPage.roff))
        return ExitCode.ok
    }
}
