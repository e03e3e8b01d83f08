/// Makes text one person typed safe to show on screen: it can never move the cursor, clear the screen,
/// ring the bell, retitle the terminal or reorder the text around it.
public enum Sanitizer {
    /// - C0 controls become caret notation (ESC -> "^[", BEL -> "^G", newline -> "^J", CR -> "^M"),
    ///   except tab, which becomes one space (harmless, and reads better than "^I").
    /// - DEL becomes "^?".
    /// - C1 controls (U+0080-U+009F, e.g. the one-byte CSI U+009B) and bidi embeddings, overrides and
    ///   isolates (U+202A-U+202E, U+2066-U+2069) become "<U+XXXX>".
    /// Everything else, including emoji, CJK and combining marks, is unchanged.
    public static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsReplacing) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x09:
                out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: codePoint(v).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
