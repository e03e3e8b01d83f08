/// What a command is, said once: its name, what it does, its options and arguments, and examples.
/// Parsing, help, the completion scripts and the man page are all made from it.
public struct CommandSpec: Sendable {
    public let name: String
    /// Other names it answers to (`ls` for `list`); accepted, not advertised.
    public let aliases: [String]
    /// One line: what the command does, lower case, no full stop.
    public let abstract: String
    /// More about it, for its own help and the man page; may be empty.
    public let discussion: String
    public let arguments: [ArgumentSpec]
    public let options: [OptionSpec]
    public let examples: [String]

    public init(
        name: String, aliases: [String] = [], abstract: String, discussion: String = "",
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String] = []
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// `candor export ID --format md|json|ics|html [-o FILE] [--all]`: required options first.
    public var synopsis: String {
        var parts = ["candor", name]
        for a in arguments where a.kind == .optionalBefore { parts.append("[\(a.name)]") }
        for a in arguments where a.kind != .optionalBefore {
            switch a.kind {
            case .required: parts.append(a.name)
            case .optional: parts.append("[\(a.name)]")
            case .repeating: parts.append("[\(a.name)...]")
            case .optionalBefore: break
            }
        }
        for o in options where o.required { parts.append(o.synopsis) }
        for o in options where !o.required { parts.append("[\(o.synopsis)]") }
        return parts.joined(separator: " ")
    }

    /// The option a name on the command line means (`-o`, `--output`).
    public func option(named name: String) -> OptionSpec? {
        options.first { $0.names.contains(name) }
    }

    public var maxArguments: Int {
        arguments.contains { $0.kind == .repeating } ? Int.max : arguments.count
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case required
        case optional
        /// Optional, and comes before a required one (`diff [OLD] NEW`).
        case optionalBefore
        /// Any number, none included.
        case repeating
    }

    /// As the synopsis shows it: `ID`, `FILE`.
    public let name: String
    public let kind: Kind
    public let help: String
    public let values: ValueCompletion

    public init(_ name: String, _ kind: Kind = .required, help: String, values: ValueCompletion = .none) {
        self.name = name
        self.kind = kind
        self.help = help
        self.values = values
    }
}

/// An option: a flag, or one that takes a value.
public struct OptionSpec: Sendable {
    /// Long name first (`--output`), then any short one (`-o`).
    public let names: [String]
    /// The value's name (`FILE`), or nil for a flag.
    public let value: String?
    public let help: String
    public let required: Bool
    public let values: ValueCompletion

    public static func flag(_ names: String..., help: String) -> OptionSpec {
        OptionSpec(names: names, value: nil, help: help, required: false, values: .none)
    }

    public static func value(
        _ names: String..., value: String, help: String, required: Bool = false,
        values: ValueCompletion = .none
    ) -> OptionSpec {
        OptionSpec(names: names, value: value, help: help, required: required, values: values)
    }

    public var name: String { names[0] }
    public var takesValue: Bool { value != nil }

    /// `--format md|json|ics|html`, `-o FILE`: the shortest name, as people type it.
    public var synopsis: String {
        let shortest = names.min { $0.count < $1.count } ?? name
        return value.map { "\(shortest) \($0)" } ?? shortest
    }

    /// `-o, --output FILE`: every name, short ones first.
    public var label: String {
        let sorted = names.sorted { $0.count < $1.count }.joined(separator: ", ")
        return value.map { "\(sorted) \($0)" } ?? sorted
    }
}

/// What a value can be, for the completion scripts.
public enum ValueCompletion: Sendable, Equatable {
    case none
    case choices([String])
    case files
    case folders
    /// A built-in talk's name, or a file.
    case talks
    /// A command's name.
    case commands
    /// A talk's id, as `candor list --json` gives them when Tab is pressed.
    case talkIDs
}
