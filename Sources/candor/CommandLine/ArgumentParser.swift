import TalkEngine

/// Parses `candor [global options] [command] [arguments]`. Global options (--home, --plain, --help,
/// --version) are accepted anywhere on the line.
enum ArgumentParser {
    static func parse(_ args: [String]) throws -> Invocation {
        var rest: [String] = []
        var home: String?
        var plain = false
        var wantsHelp = false
        var wantsVersion = false
        var i = 0
        while i < args.count {
            let (name, inline) = split(args[i])
            switch name {
            case "--home":
                home = try value(of: name, inline: inline, args: args, at: &i)
            case "--plain":
                plain = true
            case "--help", "-h":
                wantsHelp = true
            case "--version", "-V":
                wantsVersion = true
            case "--":
                rest += args[(i + 1)...]
                i = args.count
                continue
            default:
                rest.append(args[i])
            }
            i += 1
        }
        var invocation = Invocation(home: home, plain: plain, action: .start)
        let command = rest.first
        if wantsVersion { invocation.action = .version; return invocation }
        if wantsHelp { invocation.action = .help(command); return invocation }
        guard let command else { return invocation }
        var options = OptionReader(command: command, args: Array(rest.dropFirst()))
        switch command {
        case "help":
            invocation.action = .help(options.positionals.first)
        case "practice", "practise":
            let talk = try options.value("--talk")
            let name = try options.value("--name")
            try options.finish(maxPositionals: 0)
            invocation.action = .practice(talk: talk, name: name)
        case "together":
            let talk = try options.value("--talk")
            let names = try options.value("--names")
            let reveal = try options.value("--reveal") ?? "matches"
            try options.finish(maxPositionals: 0)
            guard reveal == "matches" || reveal == "all" else {
                throw CommandFailure(message: "--reveal takes matches (only what you both want) or all (everything side by side).",
                                     code: ExitCode.usage)
            }
            var list: [String]?
            if let names {
                let parts = names.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }), parts[0].lowercased() != parts[1].lowercased() else {
                    throw CommandFailure(message: "--names takes two different names separated by a comma, such as --names Sam,Alex.",
                                         code: ExitCode.usage)
                }
                list = parts
            }
            invocation.action = .together(talk: talk, names: list, reveal: reveal)
        case "resume":
            try options.finish(maxPositionals: 1)
            invocation.action = .resume(id: options.positionals.first)
        case "repair":
            try options.finish(maxPositionals: 1)
            guard let id = options.positionals.first else {
                throw CommandFailure(message: "candor repair needs a talk id. See your talks with: candor list", code: ExitCode.usage)
            }
            invocation.action = .repair(id: id)
        case "forget":
            let yes = options.flag("--yes")
            try options.finish(maxPositionals: 1)
            guard let id = options.positionals.first else {
                throw CommandFailure(message: "candor forget needs a talk id. See your talks with: candor list", code: ExitCode.usage)
            }
            invocation.action = .forget(id: id, yes: yes)
        case "list", "ls":
            let json = options.flag("--json")
            try options.finish(maxPositionals: 0)
            invocation.action = .list(json: json)
        case "show":
            let json = options.flag("--json")
            let all = options.flag("--all")
            try options.finish(maxPositionals: 1)
            guard let id = options.positionals.first else {
                throw CommandFailure(message: "candor show needs a talk id. See your talks with: candor list", code: ExitCode.usage)
            }
            invocation.action = .show(id: id, json: json, all: all)
        case "export":
            let format = try options.value("--format")
            let output = try options.value("-o") ?? options.value("--output")
            let all = options.flag("--all")
            try options.finish(maxPositionals: 1)
            guard let id = options.positionals.first else {
                throw CommandFailure(message: "candor export needs a talk id. See your talks with: candor list", code: ExitCode.usage)
            }
            guard let format, ExportCommand.formats.contains(format) else {
                throw CommandFailure(message: "candor export needs --format md, json, ics or html.", code: ExitCode.usage)
            }
            invocation.action = .export(id: id, format: format, output: output, all: all)
        case "diff":
            let all = options.flag("--all")
            try options.finish(maxPositionals: 2)
            guard !options.positionals.isEmpty else {
                throw CommandFailure(message: "candor diff needs a talk id (and optionally an older one first). See: candor list",
                                     code: ExitCode.usage)
            }
            invocation.action = .diff(ids: options.positionals, all: all)
        case "check":
            try options.finish(maxPositionals: Int.max)
            invocation.action = .check(files: options.positionals)
        case "talks":
            let source = try options.value("--source")
            try options.finish(maxPositionals: 0)
            invocation.action = .talks(source: source)
        default:
            throw CommandFailure(message: "Unknown command \u{201C}\(command)\u{201D}. See: candor --help", code: ExitCode.usage)
        }
        return invocation
    }

    static func split(_ arg: String) -> (String, String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }

    static func value(of name: String, inline: String?, args: [String], at i: inout Int) throws -> String {
        if let inline { return inline }
        guard i + 1 < args.count else {
            throw CommandFailure(message: "\(name) needs a value. See: candor --help", code: ExitCode.usage)
        }
        i += 1
        return args[i]
    }
}

/// A command's own options and positional arguments.
struct OptionReader {
    let command: String
    private var remaining: [String]
    private(set) var positionals: [String] = []

    init(command: String, args: [String]) {
        self.command = command
        remaining = args
    }

    mutating func flag(_ name: String) -> Bool {
        guard let i = remaining.firstIndex(of: name) else { return false }
        remaining.remove(at: i)
        return true
    }

    mutating func value(_ name: String) throws -> String? {
        for (i, arg) in remaining.enumerated() {
            let (n, inline) = ArgumentParser.split(arg)
            guard n == name else { continue }
            if let inline {
                remaining.remove(at: i)
                return inline
            }
            guard i + 1 < remaining.count else {
                throw CommandFailure(message: "\(name) needs a value. See: candor \(command) --help", code: ExitCode.usage)
            }
            let v = remaining[i + 1]
            remaining.removeSubrange(i...(i + 1))
            return v
        }
        return nil
    }

    /// Everything left must be positional, and not too many.
    mutating func finish(maxPositionals: Int) throws {
        for arg in remaining {
            if arg.hasPrefix("-") && arg.count > 1 {
                throw CommandFailure(message: "candor \(command) has no option \(arg). See: candor --help", code: ExitCode.usage)
            }
            positionals.append(arg)
        }
        remaining = []
        if positionals.count > maxPositionals {
            throw CommandFailure(message: "Too many arguments for candor \(command): \(positionals.joined(separator: " ")). See: candor --help",
                                 code: ExitCode.usage)
        }
    }
}
