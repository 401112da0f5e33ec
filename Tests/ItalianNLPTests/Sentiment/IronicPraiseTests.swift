import XCTest
@testable import ItalianNLP

final class SentimentIronicPraiseTests: XCTestCase {
    func testPraiseBeforeAComplaintAboutPayIsIrony() {
        let text = "Che signorilità: dopo sei anni di turni di notte un premio di 30 euro lordi."
        let frames = SentimentTesting.frames(text)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), IronicPraise.name)
        let rate = "Splendido il settore della ristorazione: lavapiatti a cinque euro l'ora."
        XCTAssertLessThan(SentimentTesting.frames(rate)["money"]?.stance ?? 0, 0)
    }

    func testThePraisedIdealIsDebunkedAndTheWordOfPraiseIsNoMission() {
        let ideal = "Che fortuna lavorare in una cooperativa con una missione sociale: stipendi in ritardo da quattro mesi."
        XCTAssertLessThan(SentimentTesting.frames(ideal)["mission"]?.stance ?? 0, 0)
        // "Che generosità": the word of praise names no mission.
        let generous = "Che generosità: per Natale ci hanno regalato un panettone a testa."
        let frames = SentimentTesting.frames(generous)
        XCTAssertNil(frames["mission"])
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAnExclaimedIdealBeforeToilIsIrony() {
        let text = "Ah, la vocazione! Quella che ti fa lavorare tutte le domeniche per trecento euro al mese."
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testAPraisedIdealOpeningAComplaintIsDebunked() {
        let text = "Bella passione, retribuita in applausi e strette di mano."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), IronicPraise.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testGenuinePraiseIsLeftAlone() {
        let news = "Che bella giornata: da gennaio lo stipendio dei bidelli sale di 120 euro."
        XCTAssertGreaterThanOrEqual(SentimentTesting.frames(news)["money"]?.stance ?? -1, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule(news, "money"), IronicPraise.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Bella missione, quella della fondazione: portare la musica negli ospedali.", "mission"), IronicPraise.name)
    }
}
