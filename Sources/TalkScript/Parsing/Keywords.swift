/// The statement keywords of the talk language, grouped by where they may appear.
enum Keywords {
    static let topLevel: Set<String> = ["talk", "about", "catalog", "step", "script"]
    static let inStep: Set<String> = ["say", "ask", "flag", "stop"]
    /// Attributes of the nearest `ask` above.
    static let attributes: Set<String> = [
        "help", "why", "default", "optional", "required", "when", "reject", "warn", "min", "max",
        "option", "value", "label", "additions", "reflect",
    ]
    static let all: [String] = ["talk", "about", "catalog", "item", "note", "caution", "step", "say", "ask", "flag",
                                "stop", "script", "line"] + attributes.sorted()

    /// Which kinds an attribute applies to; attributes not listed apply to every kind.
    static func kinds(for attribute: String) -> [String]? {
        switch attribute {
        case "option": ["choice", "choices"]
        case "value", "additions": ["rate"]
        case "label": ["scale"]
        case "min", "max": ["text", "lines", "list", "word"]
        case "reject", "warn": ["text", "word"]
        case "default": QuestionKind.names.filter { $0 != "rate" }
        default: nil
        }
    }
}
