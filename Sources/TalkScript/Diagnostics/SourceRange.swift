/// A stretch of one line of a talk file: from `start` to just before `endColumn` (columns count Unicode
/// scalars, as everywhere in TalkScript). An empty range (`endColumn == start.column`) is a point.
public struct SourceRange: Sendable, Equatable {
    public var start: SourceLocation
    public var endColumn: Int

    public init(start: SourceLocation, endColumn: Int) {
        self.start = start
        self.endColumn = endColumn
    }

    public init(_ point: SourceLocation) {
        self.init(start: point, endColumn: point.column)
    }

    /// The range of what begins at `start` in `line` (the text of that line): a quoted string to its closing
    /// quote, an interpolation to its `}`, an id or dotted reference (`acts.spanking.giving`) or number to
    /// its last character, anything else one character. The same extents the lexer gives its tokens, found
    /// again from the text, so every diagnostic gets a range from the point it is reported at.
    public static func extent(at start: SourceLocation, line: Substring) -> SourceRange {
        let scalars = Array(line.unicodeScalars)
        let first = start.column - 1
        guard first >= 0, first < scalars.count else { return SourceRange(start) }
        func isWord(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_"
        }
        var end = first + 1
        switch scalars[first] {
        case "\"":
            while end < scalars.count, scalars[end] != "\"" { end += scalars[end] == "\\" ? 2 : 1 }
            end = min(end + 1, scalars.count)
        case "{":
            while end < scalars.count, scalars[end] != "}", scalars[end] != "\"" { end += 1 }
            if end < scalars.count, scalars[end] == "}" { end += 1 }
        case let s where isWord(s):
            while end < scalars.count,
                isWord(scalars[end])
                    || (scalars[end] == "." && end + 1 < scalars.count
                        && isWord(scalars[end + 1]))
            { end += 1 }
        default:
            break
        }
        return SourceRange(start: start, endColumn: end + 1)
    }
}
