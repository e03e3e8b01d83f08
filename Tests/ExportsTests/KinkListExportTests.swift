import Lists
import TalkScript
import Testing

@testable import Exports
@testable import TalkEngine

/// KinkList text out: the list as KinkList writes it, a ratings column per person after a tab; a
/// together talk's ratings only with everything opened; and the text reads back as the same list.
struct KinkListExportTests {
    let base = ExportsTests()

    func script() -> Script {
        var script = base.script()
        script.catalogs[0].items = [
            CatalogItem(id: "touch-massage", label: "Massage", roles: ["giving", "receiving"], category: "Touch"),
            CatalogItem(id: "words-praise", label: "Praise\tloud", category: "Words"),
        ]
        return script
    }

    func practice() -> Record {
        let events = [
            Event(
                .started, at: base.t0, talk: TalkInfo(id: "t", title: "Our talk", version: 1, hash: "h", source: "t"),
                mode: .practice, people: [Participant(id: "p1", name: "Sam")]),
            Event(.rated, at: base.t0, question: "acts", by: "p1", item: "touch-massage.giving", value: .option("yes")),
            Event(.rated, at: base.t0, question: "acts", by: "p1", item: "touch-massage.receiving", value: .skipped),
            Event(.rated, at: base.t0, question: "acts", by: "p1", item: "words-praise", value: .option("no")),
        ]
        return Record.fold(id: "abcd", events: events)!
    }

    @Test func categoriesColumnsAndARatingsColumnPerPerson() {
        #expect(
            KinkListExport.render(practice(), script: script(), everything: false) == """
                #Touch
                (Giving, Receiving)
                * Massage\tSam: yes, -
                #Words
                (General)
                * Praise loud\tSam: no

                """)
    }

    @Test func aTogetherTalksRatingsOnlyWithEverything() {
        let together = base.together("no", "yes")
        #expect(KinkListExport.render(together, script: base.script(), everything: false).isEmpty)
        #expect(
            KinkListExport.render(together, script: base.script(), everything: true)
                == "#Things\n(General)\n* Hugs\tSam: no\tAlex: yes\n")
    }

    @Test func theTextReadsBackAsTheSameList() {
        let text = KinkListExport.render(practice(), script: script(), everything: false)
        let list = KinkListImport.parse(text, title: "back").list
        #expect(list?.items.map(\.id.rawValue) == ["touch-massage", "words-praise-loud"])
        #expect(list?.categories.map(\.roles) == [.pair(.givingReceiving), .general])
    }
}
