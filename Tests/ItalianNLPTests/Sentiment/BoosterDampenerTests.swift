import XCTest
@testable import ItalianNLP

final class SentimentBoosterDampenerTests: XCTestCase {
    func testBoostersStrengthen() {
        let plain = SentimentTesting.sentiment("Una cena buona.")
        for text in ["Una cena molto buona.", "Una cena davvero buona.", "Una cena estremamente buona."] {
            let boosted = SentimentTesting.sentiment(text)
            XCTAssertGreaterThan(boosted.score, plain.score, text)
            XCTAssertEqual(SentimentTesting.rules(boosted, "buona"), ["BoosterDampener"], text)
        }
    }

    func testDampenersWeakenButNeverTurnAround() {
        let plain = SentimentTesting.sentiment("Un risultato deludente.")
        let dampened = SentimentTesting.sentiment("Un risultato un po' deludente.")
        XCTAssertLessThan(dampened.score, 0)
        XCTAssertGreaterThan(dampened.score, plain.score)
        let abbastanza = SentimentTesting.sentiment("Un pranzo abbastanza buono.")
        XCTAssertGreaterThan(abbastanza.score, 0)
        XCTAssertLessThan(abbastanza.score, SentimentTesting.sentiment("Un pranzo buono.").score)
    }

    func testBoosterAfterTheVerb() {
        let plain = SentimentTesting.sentiment("Mi piace.")
        let boosted = SentimentTesting.sentiment("Mi piace moltissimo.")
        XCTAssertGreaterThan(boosted.score, plain.score)
    }

    func testPiuCountsOnlyRightBeforeTheWord() {
        let sentiment = SentimentTesting.sentiment("Non ci vado più, era triste.")
        XCTAssertFalse(SentimentTesting.rules(sentiment, "triste").contains("BoosterDampener"))
    }
}
