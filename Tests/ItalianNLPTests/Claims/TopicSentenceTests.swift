import XCTest

@testable import ItalianNLP

/// "Più ottimista la Banca d'Italia." announces who speaks in the next sentence.
final class TopicSentenceTests: XCTestCase {
    func testAVerblessTopicSentenceNamesTheNextSpeaker() {
        let text = "«I prezzi salgono», osserva l'economista Paolo Gatti. Più ottimista la Banca Centrale Adriatica. "
            + "Nel suo bollettino, via del Corso prevede che l'inflazione scenda entro l'estate."
        XCTAssertEqual(claimSummaries(text).last?.source, "Banca Centrale Adriatica")
    }

    func testASentenceWithAVerbIsNoTopicSentence() {
        let text = "«I prezzi salgono», osserva l'economista Paolo Gatti. Più ottimista è sembrata la Banca Centrale Adriatica. "
            + "Ha poi aggiunto che i salari non tengono il passo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Gatti")
    }
}
