/// One command's arguments after scanning: which flags were given, each option's value, the positionals.
/// Options are known by their first (long) name, whichever name was typed.
struct ParsedArguments: Equatable {
    let command: String
    var flags: Set<String> = []
    var values: [String: String] = [:]
    var positionals: [String] = []

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name] }

    /// The positional argument at `index`, or a usage failure saying `missing`.
    func required(_ index: Int, missing: String) throws -> String {
        guard index < positionals.count else { throw CommandFailure(message: missing, code: .usage) }
        return positionals[index]
    }

    /// A usage failure about this command, pointing at its help.
    func failure(_ message: String) -> CommandFailure {
        CommandFailure(message: "\(message) See: candor \(command) --help", code: .usage)
    }
}
