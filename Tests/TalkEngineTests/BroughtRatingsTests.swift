import TalkScript
import Testing

@testable import TalkEngine

/// Ratings brought with a list (a filled-in kinklist-v2 file) are offered one item at a time when
/// practising: Enter keeps one, typing replaces it, nothing unconfirmed is saved; never together.
struct BroughtRatingsTests {
    let now = TogetherFixture.now
    let brought = BroughtRatings(source: "kinklist-v2", byKey: ["spanking.giving": "yes: gently", "hugs": "maybe"])

    /// A practice talk of the shared fixture, answered "yes" up to its first rating prompt.
    func practiceAtTheList() -> Session {
        var (s, _) = Session.start(
            script: TogetherFixture.together, talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .practice, people: [Participant(id: "p1", name: nil)], now: now)
        for _ in 0..<20 where s.current?.kind != .rating {
            _ = s.submit(s.current?.choices.count ?? 0 > 2 ? "1" : "yes", now: now)
        }
        s.brought = brought
        return s
    }

    func sheet(_ s: Session) -> RatingSheet? {
        if case .ratings(let sheet)? = s.record.answer("acts", by: "p1")?.value { return sheet }
        return nil
    }

    @Test func enterKeepsABroughtRatingAndTypingReplacesIt() {
        var s = practiceAtTheList()
        #expect(s.current?.text.hasPrefix("Spanking") == true)
        #expect(s.current?.defaultText == "yes: gently")
        #expect(s.current?.intro.contains { $0.text.contains("kinklist-v2") } == true)
        #expect(s.submit("", now: now).problem == nil)  // spanking giving: kept
        #expect(s.current?.defaultText == nil)  // spanking receiving: nothing brought, nothing offered
        _ = s.submit("", now: now)
        #expect(s.current?.defaultText == "maybe")  // hugs
        _ = s.submit("no", now: now)
        guard let saved = sheet(s) else {
            Issue.record("no ratings saved")
            return
        }
        #expect(saved.ratings["spanking.giving"] == .some("yes"))
        #expect(saved.conditions?["spanking.giving"] == "gently")
        #expect(saved.ratings["spanking.receiving"] == .some(nil))  // blank stays blank, never a brought value
        #expect(saved.ratings["hugs"] == .some("no"))
    }

    @Test func aTogetherTalkNeverShowsOrKeepsBroughtRatings() {
        var (s, _) = TogetherFixture.samsTurn()
        s.brought = brought
        #expect(s.current?.kind == .rating)
        #expect(s.current?.defaultText == nil)
        _ = s.submit("", now: now)
        #expect(sheet(s)?.ratings["spanking.giving"] == .some(nil))
    }
}
