// swift-tools-version:6.0
// Candor: a terminal coach for talking about sex. No package dependencies by design:
// the only outside code is libedit and libsodium, each reached through a system library target.
import PackageDescription

let package = Package(
    name: "Candor",
    products: [
        .executable(name: "candor", targets: ["candor"])
    ],
    targets: [
        // libedit (line editing, in-memory history, completion), loaded with dlopen when a terminal is
        // first read (a piped run never maps it): fixed-signature wrappers in C. Headers from libedit-dev.
        .target(name: "CLibEdit"),
        // Ctrl-C and terminal-restore state: one flag, one handler, defined once in C (signal handlers need C).
        .target(name: "CSignals"),
        // How glibc's allocator serves this short-lived process (mallopt is not in Swift's Glibc module).
        .target(name: "CAllocator"),
        // libsodium, for all of Candor's cryptography (sealed private answers). Headers from libsodium-dev;
        // linked statically, so the binary still runs when copied to a machine without libsodium.
        // (No pkgConfig: it would add a dynamic -lsodium. The headers are in /usr/include.)
        .systemLibrary(
            name: "CSodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // Sealing: keys from passphrases, wrapped data keys, sealed lines. Pure libsodium calls, no files.
        .target(
            name: "Sealing",
            dependencies: ["CSodium"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libsodium.a"])]
        ),
        // Which characters act on a terminal or reorder text: one list for the sanitizer, JSON and the checker.
        .target(name: "ControlCharacters"),
        // Candor's compact binary form for caches (the snapshot, compiled talks): varints, counted strings.
        .target(name: "CompactCoding"),
        // The talk language: parse and check .talk text into value types. Standard library only.
        .target(name: "TalkScript", dependencies: ["ControlCharacters", "CompactCoding"]),
        // The built-in talks: .talk files embedded into the binary as bytes, so it works wherever it is
        // copied, and `candor check`, the fuzz corpus and the tests read the very same files; and each
        // compiled (Compiled/*.talkc, written by Scripts/lib/write_builtins, checked by a test), so a
        // start does not parse them.
        .target(
            name: "BuiltinTalks",
            resources: ["how-to-talk", "check-in", "debrief", "readiness"].map { .embedInCode("Talks/\($0).talk") }
                + ["how-to-talk", "check-in", "debrief"].map { .embedInCode("Compiled/\($0).talkc") }
        ),
        // Lists of things to rate (issue 13): the model, Candor's list format, imports. Standard library only.
        .target(name: "Lists"),
        // The conversation itself: a pure, pull-style session. No clock, file or terminal.
        .target(name: "TalkEngine", dependencies: ["TalkScript"]),
        // Exports: Markdown, iCalendar and HTML, pure functions of a record.
        .target(name: "Exports", dependencies: ["TalkEngine", "TalkScript", "ControlCharacters"]),
        // The record on disk: data directory, journal, permissions, listing.
        .target(name: "TalkStore", dependencies: ["TalkEngine", "TalkScript", "Sealing", "CompactCoding"]),
        // The terminal: libedit when interactive, plain lines when not. Knows nothing of talks.
        .target(name: "Terminal", dependencies: ["CLibEdit", "CSignals", "ControlCharacters", "Sealing"]),
        // The command line: every command's definition (options, help, completion, man page), parsing and
        // wiring. A library, so parsing, help and prompt rendering are unit-tested.
        .target(
            name: "CandorCLI",
            dependencies: [
                "TalkScript", "TalkEngine", "TalkStore", "Terminal", "BuiltinTalks", "Exports", "ControlCharacters",
                "Sealing", "Lists", "CAllocator",
            ]
        ),
        // The executable: hands the arguments to CandorCLI and exits with what it returns.
        .executableTarget(name: "candor", dependencies: ["CandorCLI"]),
        .testTarget(name: "CompactCodingTests", dependencies: ["CompactCoding"]),
        .testTarget(name: "TalkScriptTests", dependencies: ["TalkScript", "BuiltinTalks", "CompactCoding"]),
        .testTarget(name: "TalkEngineTests", dependencies: ["TalkEngine", "TalkScript", "BuiltinTalks", "Sealing"]),
        .testTarget(
            name: "TalkStoreTests", dependencies: ["TalkStore", "TalkEngine", "TalkScript", "Sealing", "CompactCoding"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(
            name: "CandorCLITests",
            dependencies: ["CandorCLI", "BuiltinTalks", "Sealing", "TalkEngine", "TalkScript", "Terminal"]),
        .testTarget(name: "ListsTests", dependencies: ["Lists"]),
        .testTarget(name: "SealingTests", dependencies: ["Sealing"]),
        .testTarget(
            name: "ExportsTests", dependencies: ["Exports", "Lists", "TalkEngine", "TalkScript", "BuiltinTalks"]),
    ],
    swiftLanguageModes: [.v6]
)
