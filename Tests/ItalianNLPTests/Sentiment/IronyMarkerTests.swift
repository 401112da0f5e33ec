import XCTest
@testable import ItalianNLP

final class SentimentIronyMarkerTests: XCTestCase {
    func testIronyAcrossAColonTurnsTheNextSentenceAround() {
        let frames = SentimentTesting.frames("Sì, come no: i calciatori restano per amore della maglia, mica per l'ingaggio.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testIronyInTheSentenceItself() {
        XCTAssertLessThan(SentimentTesting.frames("Eh già, la solita grande visione del consiglio di amministrazione.")["mission"]?.stance ?? 0, 0)
    }

    func testAQuestionIsNoIrony() {
        XCTAssertFalse(IronyMarker.isIronic(SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Vieni anche tu? Come no?").tokens)))
    }
}
