import XCTest

@testable import ItalianNLP

/// "ha dichiarato ieri sera che …", "ha spiegato lunedì che …": a time phrase before the clause.
final class TimePhraseBeforeComplementTests: XCTestCase {
    func testADayAndAPartOfTheDay() {
        let claims = claimSummaries("Il ministro Ettore Valli ha dichiarato ieri sera in televisione che la riforma slitterà a settembre.")
        XCTAssertEqual(claims.first?.content, "la riforma slitterà a settembre")
        XCTAssertEqual(claims.first?.source, "Ettore Valli")
    }

    func testAWeekday() {
        let claims = claimSummaries("L'assessora Paola Riva ha annunciato giovedì scorso di voler riaprire il bando.")
        XCTAssertEqual(claims.first?.content, "voler riaprire il bando")
    }

    func testAStretchOfTime() {
        let claims = claimSummaries("Il comandante Luca Ferri ha ripetuto nei giorni scorsi che i controlli aumenteranno.")
        XCTAssertEqual(claims.first?.content, "i controlli aumenteranno")
    }
}

extension TimePhraseBeforeComplementTests {
    func testAShortLapse() {
        let text = "Il sindacato ha criticato l'offerta. L'azienda Tessival ha replicato poche ore dopo che il prezzo era congruo."
        XCTAssertEqual(claimSummaries(text).last?.content, "il prezzo era congruo")
    }
}
