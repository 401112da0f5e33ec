import XCTest

@testable import ItalianNLP

/// "Secondo la Prefettura": a particle after a word that opens sentences is an article, and the
/// word after it no surname, so that "La Prefettura …" opening a later sentence is no name.
final class ParticleAfterSentenceOpenerTests: XCTestCase {
    func testAnArticleAfterSecondoMakesNoSurname() {
        let text = "La Soprintendenza archeologia, belle arti e paesaggio per la città di Napoli ha comunicato che gli scavi riprendono. "
            + "Secondo la Soprintendenza, i resti sono del primo secolo."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Soprintendenza archeologia, belle arti e paesaggio per la città di Napoli")
        XCTAssertEqual(claims.last?.source, "Soprintendenza archeologia, belle arti e paesaggio per la città di Napoli")
    }

    func testASurnameAfterAGivenNameStillCounts() {
        let text = "Enzo La Rocca è il nuovo allenatore. La Rocca ha detto che la squadra è pronta."
        XCTAssertEqual(claimSummaries(text).last?.source, "Enzo La Rocca")
    }
}
