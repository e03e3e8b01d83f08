import TalkEngine
import Testing

@testable import CandorCLI

/// The command line as `ArgumentScanner` reads it against the commands' definitions.
struct ArgumentScannerTests {
    func command<C: Command>(_ args: String..., as type: C.Type) throws -> C? {
        guard case .run(let command) = try ArgumentScanner.parse(args).action else { return nil }
        return command as? C
    }

    func failure(_ args: String...) -> CommandFailure? {
        do {
            _ = try ArgumentScanner.parse(args)
            return nil
        } catch {
            return error as? CommandFailure
        }
    }

    @Test func nothingStartsAndGlobalOptionsGoAnywhere() throws {
        let start = try ArgumentScanner.parse([])
        guard case .start = start.action else {
            Issue.record("not start")
            return
        }
        let list = try ArgumentScanner.parse(["list", "--plain", "--home", "/tmp/x"])
        #expect(list.plain && list.home == "/tmp/x")
        #expect(try command("--home=/h", "list", "--json", as: ListCommand.self) == ListCommand(json: true))
        #expect(try command("ls", as: ListCommand.self) == ListCommand(json: false))
    }

    @Test func exportFormatIsAnEnumAndOutputHasTwoNames() throws {
        let long = try #require(
            try command("export", "ab", "--format", "ics", "--output", "f.ics", as: ExportCommand.self))
        #expect(long.format == .ics && long.output == "f.ics" && long.id == "ab" && !long.all)
        let short = try #require(
            try command("export", "--format=md", "-o", "x.md", "--all", "ab", as: ExportCommand.self))
        #expect(short.format == .md && short.output == "x.md" && short.all)
        #expect(
            failure("export", "ab", "--format", "pdf")
                == CommandFailure(
                    message: "candor export needs --format md, json, ics or html.", code: .usage))
        #expect(failure("export", "--format", "md")?.message.contains("needs a talk id") == true)
    }

    @Test func revealPolicyIsAnEnumAndNamesAreChecked() throws {
        #expect(try command("together", as: TogetherCommand.self) == TogetherCommand())
        let all = try #require(
            try command("together", "--reveal", "all", "--names", " Sam , Alex", as: TogetherCommand.self))
        #expect(all.reveal == .all && all.names == ["Sam", "Alex"])
        #expect(failure("together", "--reveal", "some")?.code == .usage)
        #expect(failure("together", "--names", "Sam,sam")?.code == .usage)
        #expect(failure("together", "--names", "Sam")?.code == .usage)
    }

    @Test func positionalsAreCountedAndDoubleDashEndsOptions() throws {
        #expect(try command("diff", "a", "b", as: DiffCommand.self)?.ids == ["a", "b"])
        #expect(failure("diff", "a", "b", "c")?.message.hasPrefix("Too many arguments for candor diff: a b c.") == true)
        #expect(failure("diff")?.code == .usage)
        #expect(
            try command("check", "--", "-odd.talk", "b.talk", as: CheckCommand.self)?.files == ["-odd.talk", "b.talk"])
        #expect(try command("resume", as: ResumeCommand.self) == ResumeCommand(id: nil))
    }

    @Test func optionMistakesAreUsageErrorsWithTheCommandsHelp() {
        let unknown = failure("show", "ab", "--jsno")
        #expect(
            unknown
                == CommandFailure(
                    message: "candor show has no option --jsno. Did you mean --json? See: candor show --help",
                    code: .usage))
        #expect(failure("list", "--colour")?.message.contains("Did you mean") == false)
        #expect(failure("export", "ab", "--format")?.message == "--format needs a value. See: candor export --help")
        #expect(failure("list", "--json=yes")?.message == "--json takes no value. See: candor list --help")
        #expect(failure("--home")?.code == .usage)
    }

    @Test func unknownCommandsGetTheClosestName() {
        #expect(
            failure("lsit")
                == CommandFailure(
                    message: "Unknown command \u{201C}lsit\u{201D}. Did you mean candor list? See: candor --help",
                    code: .usage))
        #expect(failure("exprot", "--help")?.message.contains("Did you mean candor export?") == true)
        #expect(
            failure("dance")
                == CommandFailure(message: "Unknown command \u{201C}dance\u{201D}. See: candor --help", code: .usage))
    }

    @Test func helpAndVersionWinOverTheRest() throws {
        guard case .help(let spec) = try ArgumentScanner.parse(["export", "ab", "-h"]).action else {
            Issue.record("not help")
            return
        }
        #expect(spec.name == "export")
        guard case .overview = try ArgumentScanner.parse(["--help"]).action else {
            Issue.record("not overview")
            return
        }
        guard case .version = try ArgumentScanner.parse(["list", "-V", "--help"]).action else {
            Issue.record("not version")
            return
        }
        #expect(try command("help", "ls", as: HelpCommand.self)?.topic == "list")
        #expect(failure("help", "lsit")?.code == .usage)
    }

    @Test func completionTakesAKnownShell() throws {
        #expect(try command("completion", "zsh", as: CompletionCommand.self)?.shell == .zsh)
        #expect(failure("completion")?.code == .usage)
        #expect(failure("completion", "tcsh")?.code == .usage)
    }
}
