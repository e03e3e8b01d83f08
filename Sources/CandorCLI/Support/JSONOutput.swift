import ControlCharacters
import FoundationEssentials

/// JSON as Candor prints it (`show --json`, `list --json`, `export --format json`). JSONEncoder escapes
/// the C0 controls but leaves DEL, the C1 controls (U+0080 to U+009F; U+009B is CSI to some terminals)
/// and bidi overrides raw inside strings: valid JSON, but an answer could then act on the terminal it is
/// printed to, or reorder what is shown. Every other `ControlCharacter` is written as a \u escape
/// instead, which is the same JSON value; so the sanitizer on the way out never has to change a byte of it.
enum JSONOutput {
    /// A value as Candor prints JSON: pretty, keys sorted, slashes as they are, controls escaped.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return text(try encoder.encode(value))
    }

    static func text(_ data: Data) -> String {
        let raw = String(decoding: data, as: UTF8.self)
        guard raw.unicodeScalars.contains(where: needsEscape) else { return raw }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 controls are escaped by the encoder inside strings; outside them, newlines lay the JSON out.
    private static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        guard let control = ControlCharacter(s) else { return false }
        return control != .c0
    }
}
