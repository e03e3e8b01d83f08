import CLibEdit
import Glibc

/// Facts about the terminal the program runs in. Each is a cheap system call, asked when needed.
public enum TerminalEnvironment {
    /// Both stdin and stdout are terminals: the only case where libedit can edit and show a prompt.
    public static var isInteractive: Bool {
        isatty(0) == 1 && isatty(1) == 1
    }

    /// Columns of the terminal (stdout, else stdin, else $COLUMNS), 80 when unknown.
    public static var width: Int {
        for fd: Int32 in [1, 0, 2] {
            let columns = candor_terminal_columns(fd)
            if columns > 0 { return Int(columns) }
        }
        if let text = getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 {
            return columns
        }
        return 80
    }

    /// Whether to style output: not when asked for plain output, when NO_COLOR is set (to any value,
    /// even empty), when TERM is unset or "dumb", or when stdout is not a terminal.
    public static func colourWanted(plain: Bool) -> Bool {
        if plain { return false }
        if getenv("NO_COLOR") != nil { return false }
        guard let term = getenv("TERM"), term.pointee != 0, String(cString: term) != "dumb" else {
            return false
        }
        return isatty(1) == 1
    }

    /// Whether the terminal understands cursor and clear-screen escapes.
    static var capableTerminal: Bool {
        guard isatty(1) == 1, let term = getenv("TERM"), term.pointee != 0 else { return false }
        return String(cString: term) != "dumb"
    }

    /// Call first thing: without a UTF-8 LC_CTYPE libedit silently drops non-ASCII input.
    /// Uses the user's LC_CTYPE, and falls back to C.UTF-8 when that is missing or not UTF-8. Only the
    /// character type: nothing in Candor formats, sorts or words anything through the C locale, and
    /// loading every category opened a dozen locale files on every start.
    public static func prepareLocale() {
        _ = setlocale(LC_CTYPE, "")
        if !codesetIsUTF8() {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil {
                _ = setlocale(LC_CTYPE, "C.utf8")
            }
        }
    }

    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
