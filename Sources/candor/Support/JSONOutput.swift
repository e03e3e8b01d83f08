import FoundationEssentials

/// JSON as Candor prints it (`show --json`, `list --json`, `export --format json`). JSONEncoder escapes
/// the C0 controls but leaves DEL and the C1 controls (U+0080 to U+009F; U+009B is CSI to some terminals)
/// raw inside strings: valid JSON, but an answer could then act on the terminal it is printed to. They
/// are written as \u escapes instead, which is the same JSON value. (Found by Tests/e2e/test_bad_input.py.)
enum JSONOutput {
    static func text(_ data: Data) -> String {
        let raw = String(decoding: data, as: UTF8.self)
        guard raw.unicodeScalars.contains(where: isControl) else { return raw }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: "\\u00\(hex.count < 2 ? "0" : "")\(hex)".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool { s.value == 0x7F || (0x80...0x9F).contains(s.value) }
}
