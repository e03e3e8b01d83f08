import Testing

@testable import Lists

@Suite struct ListFormatTests {
    @Test func importedListRoundTrips() throws {
        let imported = try #require(
            KinkListImport.parse(try fixture("kinklist-v1.0.2.txt"), title: "K", source: "KinkList v1.0.2").list)
        let written = ListWriter.write(imported)
        let read = ListParser.parse(written)
        #expect(read.diagnostics.isEmpty)
        #expect(read.list == imported)
        #expect(ListWriter.write(try #require(read.list)) == written)
    }

    @Test func everyLineForm() throws {
        let text = """
            # A comment
            title: Our list
            source: made by hand

            category touch: Touch
            roles: giving/receiving
            item touch-massage: Massage
              about: Slow, with oil.
              caution: Check for allergies.
              caution: Not on broken skin.
            item: Hair pulling
              roles: named Gentle, Firm
            category: Words
            item: Praise
            """
        let list = try #require(ListParser.parse(text).list)
        #expect(list.title == "Our list" && list.source == "made by hand")
        #expect(list.categories.map(\.id.rawValue) == ["touch", "words"])
        #expect(list.categories[0].roles == .pair(.givingReceiving))
        #expect(list.items.map(\.id.rawValue) == ["touch-massage", "touch-hair-pulling", "words-praise"])
        #expect(list.items[0].cautions == ["Check for allergies.", "Not on broken skin."])
        #expect(list.items[1].roles == .named(["Gentle", "Firm"]))
        #expect(ListParser.parse(ListWriter.write(list)).list == list)
    }

    @Test func writtenIDsStayWhenNamesChange() throws {
        let first = try #require(
            ListParser.parse("title: T\ncategory touch: Touch\nitem touch-massage: Massage\n").list)
        let renamed = try #require(
            ListParser.parse("title: T\ncategory touch: Body\nitem touch-massage: Back rub\n").list)
        #expect(first.items[0].id == renamed.items[0].id)
        #expect(renamed.categories[0].id == ListID("touch"))
    }

    @Test func aWrittenIDIsNeverGivenToAnUnnamedItem() throws {
        let list = try #require(
            ListParser.parse("title: T\ncategory: Touch\nitem: Massage\nitem touch-massage: Rub\n").list)
        #expect(list.items.map(\.id.rawValue) == ["touch-massage-2", "touch-massage"])
    }

    @Test func diagnosticsSayLineColumnAndWhatToDo() {
        let text = """
            title: T
            item: Early
            category Bad_ID: Touch
            category touch: Touch
            item touch: Massage
            roles: sideways
            nonsense here
            """
        let result = ListParser.parse(text)
        #expect(result.list == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "2:1: error L002: An item must come after a category line.",
                "3:10: error L003: \"Bad_ID\" is not an id. Ids are lowercase letters, digits and single hyphens, like \"clothing-heels\".",
                "5:6: error L004: The id \"touch\" is already used on line 4. Ids must differ.",
                "6:8: error L005: \"sideways\" is not a roles value. Use general, giving/receiving, self/partner, top/bottom, or named A, B.",
                "7:1: error L001: This line is not a list line. Write \"keyword: text\", such as \"item: Massage\" (see docs/lists.md).",
            ])
        #expect(
            result.diagnostics[0].located(in: "our.list")
                == "our.list:2:1: error L002: An item must come after a category line.")
        #expect(ListParser.parse("category: A\n").diagnostics.map(\.code) == [.missingTitle])
    }

    @Test func headersEmptyTextAndASecondAbout() {
        let text = "title: T\ncategory: A\ntitle: Again\nitem: \nitem: B\nabout: one\nabout: two\ncaution:\n"
        #expect(
            ListParser.parse(text).diagnostics.map { "\($0.line):\($0.column) \($0.code.rawValue)" } == [
                "3:1 L006", "4:7 L008", "7:1 L010", "8:9 L008",
            ])
    }

    @Test func slugs() {
        #expect(ListID.slug("You and 1 male, 1 female") == "you-and-1-male-1-female")
        #expect(ListID.slug("Uniform / costume") == "uniform-costume")
        #expect(ListID.slug("Café  au lait!") == "caf-au-lait")
        #expect(ListID.slug("🙂") == "item")
        #expect(ListID("Bad") == nil && ListID("a--b") == nil && ListID("-a") == nil && ListID("ok-1") != nil)
    }
}
