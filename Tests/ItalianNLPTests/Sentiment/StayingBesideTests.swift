import XCTest
@testable import ItalianNLP

final class SentimentStayingBesideTests: XCTestCase {
    func testStayingWithPeopleInNeedEvokesTheMission() {
        XCTAssertEqual(SentimentTesting.frameRule("Il medico di guardia è rimasto in corsia tutta la notte per non lasciare soli i malati.", "mission"), StayingBeside.name)
        XCTAssertGreaterThan(SentimentTesting.frames("Durante l'epidemia la suora è rimasta accanto ai malati fino all'ultimo.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Quella maestra non ha mai lasciato soli i suoi alunni.")["mission"]?.stance ?? 0, 0)
    }

    func testAbandonmentOrAPlaceIsNoService() {
        XCTAssertNil(SentimentTesting.frames("Li ha lasciati soli in mezzo al bosco.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Sono rimasta accanto alla finestra per tutto il pomeriggio.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Non lasciare solo il cane in macchina.")["mission"])
    }
}
