import Testing

@testable import CandorCLI

/// Help, the man page and the completion scripts, all made from the same definitions.
struct HelpTextTests {
    @Test func everyCommandIsInTheOverviewTheManPageAndEveryCompletionScript() {
        let overview = HelpText.overview
        for spec in CommandRegistry.specs {
            #expect(overview.contains("  \(spec.synopsis)"), "\(spec.name)")
            #expect(ManPage.roff.contains(".SS \(ManPage.text(spec.synopsis))"), "\(spec.name)")
            for shell in CompletionScript.Shell.allCases {
                #expect(CompletionScript.script(for: shell).contains(spec.name), "\(spec.name) in \(shell)")
            }
        }
    }

    @Test func aCommandsHelpNamesEachOptionWithItsDescription() {
        for spec in CommandRegistry.specs {
            let help = HelpText.help(for: spec)
            #expect(help.hasPrefix("candor \(spec.name): \(spec.abstract)."))
            #expect(help.contains("Usage:\n  \(spec.synopsis)"))
            for option in spec.options {
                #expect(help.contains("  \(option.label)"), "\(spec.name) \(option.name)")
                #expect(help.contains(HelpText.wrap(option.help, width: 56)[0]), "\(spec.name) \(option.name)")
            }
            for example in spec.examples { #expect(help.contains("  \(example)")) }
            #expect(help != HelpText.overview)
        }
    }

    @Test func namesAndOptionsAreUniqueAcrossTheRegistry() {
        let names = CommandRegistry.specs.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
        let globals = Set(GlobalOptions.all.flatMap(\.names))
        for spec in CommandRegistry.specs {
            let options = spec.options.flatMap(\.names)
            #expect(Set(options).count == options.count, "\(spec.name)")
            #expect(globals.isDisjoint(with: options), "\(spec.name)")
        }
    }

    @Test func synopsisPutsRequiredOptionsFirstAndBracketsTheRest() throws {
        #expect(
            ExportCommand.spec.synopsis
                == "candor export ID --format md|json|ics|html|csv|kinklist [-o FILE] [--all] [--remind TIME]")
        #expect(DiffCommand.spec.synopsis == "candor diff [OLD] NEW [--json] [--all]")
        #expect(CheckCommand.spec.synopsis == "candor check [FILE...] [--json]")
    }

    @Test func columnsWrapToEightyAndMoveADescriptionUnderALongTerm() {
        let rows = HelpText.columns(
            [("short", String(repeating: "word ", count: 30)), (String(repeating: "x", count: 40), "text")],
            indent: 2, at: 20)
        #expect(rows.allSatisfy { $0.count <= 80 })
        #expect(rows[0].hasPrefix("  short             word"))
        #expect(rows.contains("  " + String(repeating: "x", count: 40)))
        #expect(rows.last == String(repeating: " ", count: 20) + "text")
    }

    @Test func roffEscapesWhatRoffWouldRead() {
        #expect(ManPage.text("--all") == "\\-\\-all")
        #expect(ManPage.text(".hidden") == "\\&.hidden")
        #expect(ManPage.text("a\\b") == "a\\eb")
    }
}
