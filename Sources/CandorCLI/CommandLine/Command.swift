/// A command of `candor`: its definition, how it reads its arguments, and what it does. Adding a command
/// is one file holding a type like this, and its line in `CommandRegistry.all`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    /// Reads what `ArgumentScanner` found for this command into typed values; throws a usage failure
    /// for anything that doesn't fit (a missing id, an unknown format).
    init(parsing arguments: ParsedArguments) throws
    func run(_ context: Context) throws -> ExitCode
}
