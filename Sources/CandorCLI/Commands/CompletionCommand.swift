import Terminal

/// `candor completion bash|zsh|fish`: a completion script for that shell.
struct CompletionCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "completion", abstract: "a completion script for bash, zsh or fish",
        discussion: "Completes commands, options, formats, built-in talk names and your talk ids (from "
            + "candor list). Made from the same definitions as the help, so it never falls behind.",
        arguments: [
            ArgumentSpec(
                "SHELL", help: "bash, zsh or fish",
                values: .choices(CompletionScript.Shell.allCases.map(\.rawValue)))
        ],
        examples: [
            "source <(candor completion bash)",
            "candor completion zsh > \"${fpath[1]}/_candor\"",
            "candor completion fish > ~/.config/fish/completions/candor.fish",
        ])

    var shell: CompletionScript.Shell

    init(parsing arguments: ParsedArguments) throws {
        let name = try arguments.required(0, missing: "candor completion needs a shell: bash, zsh or fish.")
        guard let shell = CompletionScript.Shell(rawValue: name) else {
            throw CommandFailure(
                message: "candor completion knows bash, zsh and fish, not \u{201C}\(name)\u{201D}.", code: .usage)
        }
        self.shell = shell
    }

    func run(_ context: Context) throws -> ExitCode {
        context.output.write(TerminalText(CompletionScript.script(for: shell)))
        return ExitCode.ok
    }
}
