import XCTest
@testable import ItalianNLP

final class SentimentForTheirSakeTests: XCTestCase {
    func testWorkDoneForPeopleIsAMission() {
        XCTAssertEqual(SentimentTesting.frameRule("Da dieci anni resta in quel reparto per i suoi malati.", "mission"), ForTheirSake.name)
        XCTAssertGreaterThan(SentimentTesting.frames("Da dieci anni resta in quel reparto per i suoi malati.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Lo facciamo per gli altri, mica per noi.")["mission"]?.stance ?? 0, 0)
    }

    func testAContrastDemotesIt() {
        let frames = SentimentTesting.frames("Giura che lo fa per i ragazzi, ma intanto si è alzato lo stipendio del 30%.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testABodyOrAnotherUseIsNoMission() {
        XCTAssertNil(SentimentTesting.frames("La Regione lavora per i pazienti oncologici con un nuovo piano.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il pulmino passa per gli altri paesi della valle.")["mission"])
    }
}
