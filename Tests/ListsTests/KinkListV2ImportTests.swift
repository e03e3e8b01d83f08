import Testing

@testable import Lists

@Suite struct KinkListV2ImportTests {
    @Test func categoriesColumnsRatingsAndComments() throws {
        let (imported, diagnostics) = KinkListV2Import.parse(try fixture("kinklist-v2-sample.json"), title: "Sam's")
        #expect(diagnostics.isEmpty)
        let result = try #require(imported)
        #expect(result.username == "Sam")
        #expect(result.list.categories.map(\.name) == ["Clothing", "Groupings", "Domination"])
        #expect(
            result.list.categories.map(\.roles) == [.pair(.selfPartner), .general, .named(["Dominant", "Submissive"])]
        )
        #expect(
            result.list.items.map(\.id.rawValue) == [
                "clothing-lingerie", "clothing-heels", "groupings-you-and-1-female", "domination-begging",
                "domination-praise",
            ])
        #expect(result.list.items.last?.name == "Praise é 🙂")
        typealias Rating = KinkListV2Import.ColumnRating
        #expect(
            result.answers == [
                .init(
                    item: ListID("clothing-lingerie")!,
                    ratings: [Rating(column: "Self", rating: "Like"), Rating(column: "Partner", rating: "Favorite")],
                    comment: "Soft fabrics, please."),
                .init(
                    item: ListID("groupings-you-and-1-female")!, ratings: [Rating(column: "General", rating: "Maybe")],
                    comment: nil),
                .init(
                    item: ListID("domination-begging")!,
                    ratings: [Rating(column: "Dominant", rating: "No"), Rating(column: "Submissive", rating: "Okay")],
                    comment: nil),
            ])
    }

    @Test func badJSONSaysWhere() {
        let (imported, diagnostics) = KinkListV2Import.parse("{\n  \"categories\": [\n    {\"name\": }\n]}", title: "T")
        #expect(imported == nil)
        #expect(diagnostics.map(\.description) == ["3:14: error L009: This is not valid JSON here."])
        let (_, shape) = KinkListV2Import.parse("{\"kinks\": []}", title: "T")
        #expect(shape.map(\.code) == [.badJSON])
        #expect(shape.first?.message.contains("\"categories\"") == true)
    }
}

@Suite struct KinkListV2RatingsTests {
    @Test func ratingNamesMapToCandorsScaleAndUnknownOnesAreAskedAfresh() {
        #expect(KinkListV2Import.candorRating("Favorite") == "yes")
        #expect(KinkListV2Import.candorRating(" okay ") == "maybe")
        #expect(KinkListV2Import.candorRating("Dislike") == "no")
        #expect(KinkListV2Import.candorRating("Not Entered") == nil)
        #expect(KinkListV2Import.candorRating("Purple") == nil)
    }

    @Test func ratingsAttachToTheKeysATalkRatesByWithTheCommentAsCondition() throws {
        let imported = try #require(KinkListV2Import.parse(try fixture("kinklist-v2-sample.json"), title: "S").0)
        #expect(
            KinkListV2Import.ratingsByKey(imported) == [
                "clothing-lingerie.self": "yes: Soft fabrics, please.",
                "clothing-lingerie.partner": "yes: Soft fabrics, please.",
                "groupings-you-and-1-female": "maybe",
                "domination-begging.dominant": "no",
                "domination-begging.submissive": "maybe",
            ])
    }
}
