import TalkScript

/// Reads `candor [global options] [command] [arguments]` against the commands' definitions. Global
/// options (--home, --plain, --help, --version) are accepted anywhere on the line; after `--` every word
/// is an argument.
enum ArgumentScanner {
    static func parse(_ args: [String]) throws -> Invocation {
        var rest: [String] = []
        var literalFrom: Int?
        var home: String?
        var plain = false
        var wantsHelp = false
        var wantsVersion = false
        var i = 0
        while i < args.count {
            let (name, inline) = split(args[i])
            switch name {
            case "--home":
                home = try value(of: name, inline: inline, args: args, at: &i, command: nil)
            case "--plain":
                plain = true
            case "--help", "-h":
                wantsHelp = true
            case "--version", "-V":
                wantsVersion = true
            case "--":
                literalFrom = rest.count
                rest += args[(i + 1)...]
                i = args.count
                continue
            default:
                rest.append(args[i])
            }
            i += 1
        }
        var invocation = Invocation(home: home, plain: plain, action: .start)
        if wantsVersion {
            invocation.action = .version
            return invocation
        }
        guard let word = rest.first else {
            if wantsHelp { invocation.action = .overview }
            return invocation
        }
        let command = try CommandRegistry.resolve(word)
        if wantsHelp {
            invocation.action = .help(command.spec)
            return invocation
        }
        let parsed = try scan(Array(rest.dropFirst()), literalFrom: literalFrom.map { $0 - 1 }, spec: command.spec)
        invocation.action = .run(try command.init(parsing: parsed))
        return invocation
    }

    /// One command's words: its options (by its definition) and positionals, not too many.
    static func scan(_ words: [String], literalFrom: Int? = nil, spec: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments(command: spec.name)
        var i = 0
        while i < words.count {
            let word = words[i]
            if literalFrom.map({ i >= $0 }) ?? false || !word.hasPrefix("-") || word == "-" {
                parsed.positionals.append(word)
            } else {
                let (name, inline) = split(word)
                guard let option = spec.option(named: name) else {
                    let names = spec.options.flatMap(\.names)
                    let hint = Suggest.closest(to: name, in: names).map { " Did you mean \($0)?" } ?? ""
                    throw parsed.failure("candor \(spec.name) has no option \(name).\(hint)")
                }
                if option.takesValue {
                    parsed.values[option.name] = try value(
                        of: name, inline: inline, args: words, at: &i, command: spec.name)
                } else if inline != nil {
                    throw parsed.failure("\(name) takes no value.")
                } else {
                    parsed.flags.insert(option.name)
                }
            }
            i += 1
        }
        if parsed.positionals.count > spec.maxArguments {
            throw parsed.failure(
                "Too many arguments for candor \(spec.name): \(parsed.positionals.joined(separator: " ")).")
        }
        return parsed
    }

    /// `--name=value` as its two parts; anything else as itself.
    static func split(_ arg: String) -> (String, String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }

    private static func value(of name: String, inline: String?, args: [String], at i: inout Int, command: String?)
        throws -> String
    {
        if let inline { return inline }
        guard i + 1 < args.count else {
            throw CommandFailure(
                message: "\(name) needs a value. See: candor \(command.map { "\($0) " } ?? "")--help", code: .usage)
        }
        i += 1
        return args[i]
    }
}
