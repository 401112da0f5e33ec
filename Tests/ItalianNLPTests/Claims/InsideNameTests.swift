import XCTest

@testable import ItalianNLP

/// Names that go on past a lower-case "in": a married woman's name and an organisation named
/// after its group noun.
final class InsideNameTests: XCTestCase {
    func testAMarriedName() {
        let text = "La consigliera, Giovanna Ricci in Mele, ha detto che il bilancio non torna."
        XCTAssertEqual(claimSummaries(text).first?.source, "Giovanna Ricci in Mele")
    }

    func testAnOrganisationAfterItsGroupNoun() {
        let text = "Il comitato Mamme in Piazza ha chiesto che la scuola resti aperta."
        XCTAssertEqual(claimSummaries(text).first?.source, "Mamme in Piazza")
    }

    func testAPlaceAfterAFullStopStaysAPlace() {
        let text = "«Il testo va cambiato», ha detto Anna Ferri in Senato."
        XCTAssertEqual(claimSummaries(text).first?.source, "Anna Ferri")
    }

    func testAManIsNotMarriedByThePreposition() {
        let text = "Il deputato Luca Ferri in Commissione ha spiegato che il testo cambierà."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "Luca Ferri in Commissione")
    }

    func testAnOrganisationAfterAnArticle() {
        let text = "La Servizi Idrici in Rete ha spiegato che la condotta sarà riparata entro sabato."
        XCTAssertEqual(claimSummaries(text).first?.source, "Servizi Idrici in Rete")
    }

    func testAnOrganisationWithPer() {
        let text = "L'associazione Genitori per la Scuola ha chiesto che le lezioni riprendano lunedì."
        XCTAssertEqual(claimSummaries(text).first?.source, "Genitori per la Scuola")
    }

    func testAnOrganisationHeadWithPerInItsName() {
        // The organisation tail goes on past "per", which also opens "per bocca di".
        let text = "La Lega per la Tutela dei Consumatori ha detto che le bollette sono troppo alte."
        XCTAssertEqual(claimSummaries(text).first?.source, "Lega per la Tutela dei Consumatori")
    }
}
