/// Text on its way to the terminal, already safe to print. `TerminalOutput` and the line readers take
/// only this, so nothing reaches the screen without passing through here. There are three ways to make one:
/// - a string literal in Candor's own code ("Talk saved."), trusted as written;
/// - any `String` (a talk's title, a record's id, an answer, an error message): `TerminalText(s)` or
///   `"Talk \(id) is deleted."`, which puts it through `Sanitizer.printable`;
/// - `Style`, the one place that adds escape sequences (colour), around text that is already safe.
/// A string from a file or a person therefore cannot carry a control sequence to the terminal, wherever
/// it is printed from, and the compiler refuses a `String` passed where text to print is expected.
public struct TerminalText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// What is written, byte for byte.
    public private(set) var rendered: String

    /// Any text, made safe: controls, escape sequences and bidi overrides become visible; lines stay lines.
    public init(_ text: String) {
        rendered = Sanitizer.printable(text)
    }

    /// A literal written in Candor's source. (Only the compiler calls this: interpolation needs the
    /// literal type to be String, so the type system cannot say so; nothing else may.)
    public init(stringLiteral value: String) {
        rendered = value
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    /// For `Style` and screen control only: `rendered` is written exactly as given.
    init(trusted rendered: String) {
        self.rendered = rendered
    }

    public var isEmpty: Bool { rendered.isEmpty }
    public var description: String { rendered }

    public static func + (a: TerminalText, b: TerminalText) -> TerminalText {
        TerminalText(trusted: a.rendered + b.rendered)
    }

    public static func += (a: inout TerminalText, b: TerminalText) {
        a.rendered += b.rendered
    }

    /// The literal parts of `"...\(x)..."` are Candor's own; every interpolated string is sanitized.
    public struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity)
        }

        public mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        public mutating func appendInterpolation(_ text: String) {
            rendered += Sanitizer.printable(text)
        }

        /// A field that must stay on one line (a name, a title, a label): a line break shows as "^J".
        public mutating func appendInterpolation(oneLine text: String) {
            rendered += Sanitizer.visible(text)
        }

        public mutating func appendInterpolation(_ text: Substring) {
            rendered += Sanitizer.printable(String(text))
        }

        public mutating func appendInterpolation(_ text: TerminalText) {
            rendered += text.rendered
        }

        public mutating func appendInterpolation(_ number: some BinaryInteger) {
            rendered += String(number)
        }
    }
}

extension Sequence where Element == TerminalText {
    public func joined(separator: TerminalText = "") -> TerminalText {
        TerminalText(trusted: map(\.rendered).joined(separator: separator.rendered))
    }
}
