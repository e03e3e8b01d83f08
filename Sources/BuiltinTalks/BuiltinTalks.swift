/// The talks built into the binary. Each is a `.talk` file in `Talks/`, embedded as bytes by SwiftPM
/// (`.embedInCode` in Package.swift), so Candor works wherever the binary is copied.
public struct BuiltinTalk: Sendable {
    /// The name used with `--talk` and shown by `candor talks`.
    public let name: String
    /// One line for `candor talks`.
    public let summary: String
    /// The talk-language source.
    public let source: String
    /// The talk compiled with the readiness check, as a talk file's compiled form is kept
    /// (`CompiledTalkCache`): written by Scripts/lib/write_builtins, checked by a test. Empty: none.
    public let compiled: [UInt8]

    public init(name: String, summary: String, source: String, compiled: [UInt8] = []) {
        self.name = name
        self.summary = summary
        self.source = source
        self.compiled = compiled
    }

    /// The file name diagnostics use for this talk.
    public var fileName: String { "\(name).talk" }
}

public enum BuiltinTalks {
    /// The readiness check Candor places before every talk: steps only, no `talk` header.
    public static let readiness = BuiltinTalk(
        name: "readiness", summary: "The readiness check before every talk.",
        source: text(PackageResources.readiness_talk))

    /// The talk `candor` starts when none is named.
    public static let defaultName = "how-to-talk"

    /// Every built-in talk that can be started, in the order `candor talks` lists them.
    public static let all: [BuiltinTalk] = [
        BuiltinTalk(
            name: "how-to-talk",
            summary: "Talking about sex: write it down, pick the right time, be clear, keep talking.",
            source: text(PackageResources.how_to_talk_talk), compiled: PackageResources.how_to_talk_talkc),
        BuiltinTalk(
            name: "check-in", summary: "A quick check-in: how things are going, what's changed, and when to talk next.",
            source: text(PackageResources.check_in_talk), compiled: PackageResources.check_in_talkc),
        BuiltinTalk(
            name: "debrief",
            summary: "Talking it over afterwards: how you feel, what felt good or off, what to change.",
            source: text(PackageResources.debrief_talk), compiled: PackageResources.debrief_talkc),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    public static func named(_ name: String) -> BuiltinTalk? {
        all.first { $0.name == name }
    }
}
