import XCTest
@testable import ItalianNLP

final class SentimentRewardInKindTests: XCTestCase {
    func testARewardThatIsNoPayEvokesMoneyRejected() {
        let text = "In quello studio l'impegno viene ricompensato con una pacca sulla spalla."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), RewardInKind.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Il teatro offre ai giovani attori tanta visibilità.", "money"), RewardInKind.name)
    }

    func testThingsInKindCountOnlyWhenTheyAreAllThereIs() {
        XCTAssertEqual(SentimentTesting.frameRule("La sagra dà ai volontari solo un panino e una maglietta.", "money"), RewardInKind.name)
        XCTAssertEqual(SentimentTesting.frameRule("Lavoro sei ore in cucina in cambio di vitto e alloggio.", "money"), RewardInKind.name)
        // Given beside pay, or named for themselves, they are no pay.
        XCTAssertNil(SentimentTesting.frames("Il rifugio offre vitto e alloggio agli escursionisti.")["money"])
    }

    func testPayFollowedByWhatIsNoPayIsPoor() {
        let text = "Per il reportage mi hanno dato un gettone di cento euro e tanti complimenti."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), RewardInKind.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        // Denied, possessed or a verb: no reward.
        XCTAssertNotEqual(SentimentTesting.frameRule("Chiediamo salari veri, non applausi dal balcone.", "money"), RewardInKind.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Il fatturato è cresciuto grazie alla visibilità del marchio.", "money"), RewardInKind.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Gli ho chiesto dello stipendio e lui ha sorriso.", "money"), RewardInKind.name)
    }

    func testARewardIsNoAlternativeMotive() {
        let text = "Non pagano i fotografi: offrono soltanto visibilità e un buono pasto."
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "mission"), AlternativeMotive.name)
        XCTAssertNil(SentimentTesting.frames(text)["mission"])
    }
}
