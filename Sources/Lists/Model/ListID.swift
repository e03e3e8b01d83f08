/// An item's or category's id: lowercase ASCII letters, digits and single hyphens. Made once, then kept.
public struct ListID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Nil unless the text is already a valid id.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.allSatisfy(ListID.allowed), text.first != "-", text.last != "-",
            !text.contains("--")
        else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    static func allowed(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// A slug of a name: ASCII letters and digits lowercased; every run of anything else (spaces, punctuation,
    /// letters outside ASCII) becomes one hyphen. A name with nothing left (say, only emoji) becomes "item".
    public static func slug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            let byte: UInt8 = scalar.isASCII ? UInt8(scalar.value | (scalar.properties.isUppercase ? 0x20 : 0)) : 0x20
            if allowed(byte) && byte != 0x2D {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "item" : out
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
