/// One diagnostic's words: its kind and what it says about the case at hand. Every message is declared in
/// this folder, next to the others of its kind (`DiagnosticMessage+*.swift`), as swift-syntax declares its
/// diagnostics; the lexer, parser and checker only pick one and say where (`DiagnosticSink.report`).
public struct DiagnosticMessage: Sendable, Equatable {
    public let kind: DiagnosticKind
    public let text: String

    init(_ kind: DiagnosticKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// "; did you mean 'x'?" when there is a close guess.
    static func guessing(_ guess: String?) -> String {
        guess.map { "; did you mean '\($0)'?" } ?? ""
    }
}
