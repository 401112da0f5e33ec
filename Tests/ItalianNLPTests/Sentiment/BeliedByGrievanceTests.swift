import XCTest
@testable import ItalianNLP

final class SentimentBeliedByGrievanceTests: XCTestCase {
    func testACompanysIdealsBesideAGrievanceAreBelied() {
        let text = "Ci chiedono di sposare i valori dell'azienda mentre ci tagliano le ferie."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), BeliedByGrievance.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testAGrievanceInTheNextSentenceBeliesTheIdeals() {
        let frames = SentimentTesting.frames("Ci hanno parlato per due ore dei valori aziendali. Il mese dopo hanno tagliato i premi a tutti.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testACompanyMissionWithoutAGrievanceStands() {
        XCTAssertGreaterThan(SentimentTesting.frames("L'azienda ha una missione chiara: portare la fibra nei paesi di montagna.")["mission"]?.stance ?? 0, 0)
    }

    func testWhatAGrievanceIs() {
        func grievance(_ text: String) -> Bool {
            BeliedByGrievance.isGrievance(SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize(text).tokens))
        }
        XCTAssertTrue(grievance("Da gennaio ci hanno tolto i buoni pasto."))
        XCTAssertTrue(grievance("Tre anni senza aumenti."))
        XCTAssertTrue(grievance("Ci hanno raddoppiato i turni di notte."))
        XCTAssertFalse(grievance("Hanno tagliato il nastro della nuova sede."))
        XCTAssertFalse(grievance("Il premio è andato a una ricercatrice di Pisa."))
    }
}
