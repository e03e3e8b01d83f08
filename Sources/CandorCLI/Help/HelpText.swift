/// `candor --help` and each command's own help, made from the commands' definitions.
enum HelpText {
    static let tagline = "candor: a calm coach for talking about sex, one question at a time."
    static let privacy = "Your answers stay private, on this computer."

    static var overview: String {
        var lines = [tagline, privacy, "", "Usage:"]
        lines += columns(
            [("candor", "carry on an unfinished talk, or a short menu to start one")]
                + CommandRegistry.specs.map { ($0.synopsis, $0.abstract) }
                + [("candor --help | --version", "")], indent: 2, at: 34)
        lines += ["", "Options for every command:"]
        lines += columns([GlobalOptions.home, GlobalOptions.plain].map { ($0.label, $0.help) }, indent: 2, at: 16)
        lines += [
            "", "At every prompt: Enter takes the answer in [brackets]. :help lists the keys.",
            "red stops the talk at once; yellow slows down. :pause or Ctrl-D saves and stops for now.",
            "", "IDs are short; a unique start of one is enough.",
            "Each command's own help: candor help COMMAND (or candor COMMAND --help).",
        ]
        return lines.joined(separator: "\n")
    }

    /// One command's help: what it does, its usage, arguments, options and examples.
    static func help(for spec: CommandSpec) -> String {
        var lines = ["candor \(spec.name): \(spec.abstract)."]
        if !spec.discussion.isEmpty { lines += [""] + wrap(spec.discussion, width: 78) }
        lines += ["", "Usage:", "  \(spec.synopsis)"]
        if !spec.arguments.isEmpty {
            lines += ["", "Arguments:"] + columns(spec.arguments.map { ($0.name, $0.help) }, indent: 2, at: 24)
        }
        if !spec.options.isEmpty {
            lines += ["", "Options:"] + columns(spec.options.map { ($0.label, $0.help) }, indent: 2, at: 24)
        }
        lines += ["", "Options for every command:"]
        lines += columns(
            [GlobalOptions.home, GlobalOptions.plain, GlobalOptions.help].map { ($0.label, $0.help) },
            indent: 2, at: 24)
        if !spec.examples.isEmpty {
            lines += ["", "Examples:"] + spec.examples.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// Terms and their descriptions: the description at column `at` (on the next line when the term is
    /// too long), wrapped to 80 columns.
    static func columns(_ rows: [(String, String)], indent: Int, at column: Int) -> [String] {
        let pad = String(repeating: " ", count: column)
        var lines: [String] = []
        for (term, text) in rows {
            let head = String(repeating: " ", count: indent) + term
            let body = wrap(text, width: 80 - column)
            if body.isEmpty {
                lines.append(head)
            } else if head.count + 2 <= column {
                lines.append(head + String(repeating: " ", count: column - head.count) + body[0])
                lines += body.dropFirst().map { pad + $0 }
            } else {
                lines.append(head)
                lines += body.map { pad + $0 }
            }
        }
        return lines
    }

    /// Words in lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
