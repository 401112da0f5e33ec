import XCTest
@testable import ItalianNLP

final class SentimentLucrativeCareerTests: XCTestCase {
    func testACareerLeftIsMoneyRejectedAndItsPurposeTheMission() {
        let frames = SentimentTesting.frames("Ha lasciato Morgan Stanley per fondare un doposcuola a Ballarò.")
        XCTAssertEqual(SentimentTesting.frameRule("Ha lasciato Morgan Stanley per fondare un doposcuola a Ballarò.", "money"), LucrativeCareer.name)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAFormerCareerAgainstNowIsLeft() {
        XCTAssertLessThan(SentimentTesting.frames("Ex broker alla City, adesso fa il maestro di sci in Val di Fassa.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Dopo quindici anni in banca, Giulia ha aperto una libreria per ragazzi.")["money"]?.stance ?? 0, 0)
    }

    func testACareerTakenIsMoneyAsserted() {
        XCTAssertGreaterThan(SentimentTesting.frames("Finito il dottorato, è entrato in un hedge fund di Zurigo.")["money"]?.stance ?? 0, 0)
    }

    func testACareerWithNoMoveEvokesNothing() {
        XCTAssertNil(SentimentTesting.frames("Il trader è stato fermato all'aeroporto di Fiumicino.")["money"])
        XCTAssertNil(SentimentTesting.frames("La banca ha chiuso tre filiali in provincia.")["money"])
        XCTAssertNil(SentimentTesting.frames("Ha lasciato la borsa in banca e se n'è andato.")["money"])
    }

    /// What one leaves something else for is taken: "ha mollato tutto per un posto in banca".
    func testACareerLeftForIsTaken() {
        let text = "Ha lasciato il conservatorio per un lavoro in banca."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), LucrativeCareer.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        // A career held, not one left for: "lavorava per".
        XCTAssertLessThan(SentimentTesting.frames("Fino al 2020 lavorava per Goldman a Londra.")["money"]?.stance ?? 0, 0)
    }
}
