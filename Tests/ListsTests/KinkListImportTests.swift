import Testing

@testable import Lists

@Suite struct KinkListImportTests {
    @Test func theDefaultListOfVersion102() throws {
        let result = KinkListImport.parse(
            try fixture("kinklist-v1.0.2.txt"), title: "KinkList", source: "KinkList v1.0.2")
        #expect(result.diagnostics.isEmpty)
        let list = try #require(result.list)
        #expect(list.categories.count == 16)
        #expect(list.items.count == 115)
        #expect(Set(list.items.map(\.id)).count == 115)
        #expect(list.categories.first?.name == "Bodies")
        #expect(list.categories.first?.items.first?.id == ListID("bodies-skinny"))
    }

    @Test func columnsBecomeRoles() throws {
        let list = try #require(KinkListImport.parse(try fixture("kinklist-v1.0.2.txt"), title: "K").list)
        let roles = Dictionary(uniqueKeysWithValues: list.categories.map { ($0.name, $0.roles) })
        #expect(roles["Bodies"] == .general)
        #expect(roles["Clothing"] == .pair(.selfPartner))
        #expect(list.categories.contains { $0.roles == .pair(.givingReceiving) })
        let text = "#A\n(Top, Bottom)\n* Rope\n#B\n(Dom, Sub)\n* Praise\n#C\n(Receiving, Giving)\n* Kissing\n"
        let small = try #require(KinkListImport.parse(text, title: "T").list)
        #expect(small.categories.map(\.roles) == [.pair(.topBottom), .named(["Dom", "Sub"]), .pair(.givingReceiving)])
    }

    @Test func questionLinesAreDescriptions() throws {
        let text = "#Touch\n(General)\n* Massage\n? Slow, with oil.\n? Ask first.\n* Hugs\n"
        let list = try #require(KinkListImport.parse(text, title: "T").list)
        #expect(list.items[0].description == "Slow, with oil. Ask first.")
        #expect(list.items[1].description == nil)
    }

    @Test func badLinesSayWhere() {
        let result = KinkListImport.parse("* Early\n#Ok\n  ! odd\n? \n", title: "T")
        #expect(result.list == nil)
        #expect(result.diagnostics.map(\.code) == [.outsideCategory, .unknownLine, .outsideCategory])
        #expect(result.diagnostics[1].description.hasPrefix("3:3: error L001: KinkList lines start with"))
    }

    @Test func insertingAnItemKeepsEveryEarlierID() throws {
        let original = try fixture("kinklist-v1.0.2.txt")
        let before = try #require(KinkListImport.parse(original, title: "K").list)
        // A new item at the top of a category, and one whose name collides with an existing item's.
        let changed =
            original.replacingOccurrences(
                of: "#Clothing\n(Self, Partner)\n", with: "#Clothing\n(Self, Partner)\n* Boots\n")
            + "* Clothed sex\n"
        let after = try #require(KinkListImport.parse(changed, title: "K").list)
        let afterIDs = Dictionary(after.items.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for item in before.items { #expect(afterIDs[item.id] == item.name, "\(item.id)") }
        #expect(after.items.count == before.items.count + 2)
    }
}
