/// `candor man`: the manual page in roff, made from the commands' definitions and the exit statuses.
enum ManPage {
    static var roff: String {
        var out = [
            ".TH CANDOR 1 \"\" \"candor \(Version.current)\" \"User Commands\"",
            ".SH NAME",
            "candor \\- a calm coach for talking about sex, one question at a time",
            ".SH SYNOPSIS",
            ".B candor",
            "[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]",
            ".SH DESCRIPTION",
            text(
                "Candor walks you through a talk about sex one question at a time: alone, to prepare, or two of "
                    + "you together at one terminal. \(HelpText.privacy) Run alone, candor carries on an unfinished "
                    + "talk, or offers a short menu to start one."),
            ".PP",
            text(
                "At every prompt, Enter takes the answer in [brackets] and :help lists the keys. red stops the "
                    + "talk at once; yellow slows down; :pause or Ctrl-D saves and stops for now. Talk IDs are short, "
                    + "and a unique start of one is enough."),
            ".SH COMMANDS",
        ]
        for spec in CommandRegistry.specs {
            out += [
                ".SS \(text(spec.synopsis))",
                text(spec.abstract.prefix(1).uppercased() + spec.abstract.dropFirst() + "."),
            ]
            if !spec.discussion.isEmpty { out += [".PP", text(spec.discussion)] }
            for a in spec.arguments { out += [".TP", "\\fI\(text(a.name))\\fR", text(a.help)] }
            for o in spec.options { out += [".TP", "\\fB\(text(o.label))\\fR", text(o.help)] }
            if !spec.examples.isEmpty {
                out += [".PP", "Examples:", ".RS", ".nf"] + spec.examples.map(text) + [".fi", ".RE"]
            }
        }
        out += [".SH OPTIONS", text("These work with every command, anywhere on the line.")]
        for o in GlobalOptions.all { out += [".TP", "\\fB\(text(o.label))\\fR", text(o.help)] }
        out += [
            ".SH ENVIRONMENT",
            ".TP", "\\fBCANDOR_HOME\\fR", text("where talks are kept, unless --home is given"),
            ".TP", "\\fBXDG_DATA_HOME\\fR", text("talks are kept in its candor folder when CANDOR_HOME is not set"),
            ".TP", "\\fBNO_COLOR\\fR", text("no colour, as with --plain's colours"),
        ]
        out += [".SH EXIT STATUS"]
        for code in ExitCode.allCases { out += [".TP", "\(code.rawValue)", text(code.meaning)] }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text safe in roff: backslashes and hyphens escaped, no line taken for a request.
    static func text(_ s: some StringProtocol) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(c)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
