import ControlCharacters

/// Makes text from outside Candor (a talk file, a record, anything typed) safe to show on screen: it can
/// never move the cursor, clear the screen, ring the bell, retitle the terminal, write to the clipboard
/// or reorder the text around it. Every `ControlCharacter` is shown as something visible instead:
/// - C0 controls in caret notation (ESC -> "^[", BEL -> "^G", CR -> "^M"), DEL as "^?";
/// - C1 controls, bidi overrides and isolates, and the other format characters as "<U+XXXX>".
/// Everything else, including emoji, CJK, right-to-left letters and combining marks, is unchanged.
///
/// `TerminalText` applies `printable` to every string on its way to the terminal; `visible` is for a
/// field that must stay on one line (a name, a title in a table).
public enum Sanitizer {
    /// One line: a line break shows as "^J" too, and a tab becomes one space (it reads better than "^I").
    public static func visible(_ s: String) -> String {
        neutralise(s, keepingLayout: false)
    }

    /// Text that may have several lines: newlines, tabs and CR LF pairs (which an iCalendar file ends its
    /// lines with) are kept, since they only lay text out; a lone CR, which could write over the line, is not.
    public static func printable(_ s: String) -> String {
        neutralise(s, keepingLayout: true)
    }

    private static func neutralise(_ s: String, keepingLayout: Bool) -> String {
        guard s.unicodeScalars.contains(where: { ControlCharacter($0) != nil }) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            defer { i = next }
            guard let control = ControlCharacter(scalar) else {
                out.append(scalar)
                continue
            }
            let v = scalar.value
            switch control {
            case .c0 where keepingLayout && (v == 0x0A || v == 0x09):
                out.append(scalar)
            case .c0 where keepingLayout && v == 0x0D && next < scalars.endIndex && scalars[next] == "\n":
                out.append(scalar)
            case .c0 where v == 0x09:
                out.append(" ")
            case .c0:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case .delete:
                out.append(contentsOf: "^?".unicodeScalars)
            case .c1, .bidi, .format:
                out.append(contentsOf: ("<" + ControlCharacter.codePoint(scalar) + ">").unicodeScalars)
            }
        }
        return String(out)
    }

    /// True for a scalar that is never left as it is: what an inert text holds none of.
    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        ControlCharacter(scalar) != nil
    }
}
