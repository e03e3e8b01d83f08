import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// A rating may carry a condition ("maybe: only if we go slow"): kept with the rating, said back to its
/// author, shown at the reveal with the match it belongs to, and never for an item that is not revealed.
struct RatingConditionTests {
    let now = TogetherFixture.now
    let people = TogetherFixture.people

    var script: Script { TogetherFixture.together }

    func samsRatings(_ inputs: [String]) -> (Session, [Reply]) {
        var (s, _) = TogetherFixture.samsTurn()
        let replies = inputs.map { s.submit($0, now: now) }
        return (s, replies)
    }

    @Test func aConditionIsKeptWithItsRatingAndSaidBackToItsAuthor() {
        // Spanking giving, receiving, hugs, biting.
        let (s, replies) = samsRatings(["yes: only with a safe word", "no", "no: not in public", "yes"])
        #expect(replies.allSatisfy { $0.problem == nil })
        guard case .ratings(let sheet)? = s.record.answer("acts", by: "p1")?.value else {
            Issue.record("no ratings saved")
            return
        }
        #expect(sheet.ratings["spanking.giving"] == .some("yes") && sheet.ratings["hugs"] == .some("no"))
        #expect(sheet.conditions == ["spanking.giving": "only with a safe word", "hugs": "not in public"])
        let saidBack = replies.last!.notes.map(\.text).joined(separator: " ")
        #expect(saidBack.contains("(giving) (only with a safe word)"), "\(saidBack)")
    }

    @Test func aRatingThatIsNotOneIsRefusedWithOrWithoutACondition() {
        let (_, replies) = samsRatings(["perhaps: sometimes", "yes:"])
        #expect(replies[0].problem != nil)
        #expect(replies[1].problem == nil)  // an empty condition is no condition
    }

    @Test func theRevealShowsConditionsOnlyWithTheMatchTheyBelongTo() {
        let q = script.question("acts")!
        let sam = RatingSheet(
            ratings: ["spanking.giving": "yes", "spanking.receiving": "no", "hugs": "no", "biting": "maybe"],
            conditions: ["spanking.giving": "only with a safe word", "hugs": "not in public"])
        let alex = RatingSheet(
            ratings: ["spanking.giving": "no", "spanking.receiving": "yes", "hugs": "yes", "biting": "yes"],
            conditions: ["biting": "gently"])
        let m = Reveal.matches(q, script: script, a: people[0], sheetA: sam, b: people[1], sheetB: alex)
        #expect(m.bothWant == ["spanking (Sam giving, Alex receiving) (Sam: only with a safe word)"])
        #expect(m.worthTalkingAbout == ["biting (Alex: gently)"])
        #expect(!(m.bothWant + m.worthTalkingAbout).joined().contains("public"))  // Sam's no to hugs, unseen
    }

    @Test func triedBeforeIsKeptWithOrWithoutACondition() {
        let (s, replies) = samsRatings(["yes tried: gently", "maybe, tried before", "no", "yes"])
        #expect(replies.allSatisfy { $0.problem == nil })
        guard case .ratings(let sheet)? = s.record.answer("acts", by: "p1")?.value else {
            Issue.record("no ratings saved")
            return
        }
        #expect(sheet.tried == ["spanking.giving", "spanking.receiving"])
        #expect(sheet.conditions == ["spanking.giving": "gently"])
        #expect(sheet.ratings["spanking.receiving"] == .some("maybe"))
        let saidBack = replies.last!.notes.map(\.text).joined(separator: " ")
        #expect(saidBack.contains("(giving) (tried before; gently)"), "\(saidBack)")
    }
}
