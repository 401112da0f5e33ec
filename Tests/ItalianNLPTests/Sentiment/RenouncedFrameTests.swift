import XCTest
@testable import ItalianNLP

final class SentimentRenouncedFrameTests: XCTestCase {
    func testRenouncedObjects() {
        XCTAssertEqual(SentimentTesting.frameRule("Ha rinunciato a un bonus enorme.", "money"), "RenouncedFrame")
        XCTAssertLessThan(SentimentTesting.frames("Ha rifiutato uno stipendio doppio.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Ha preferito la ricerca a un compenso più alto.")["money"]?.stance ?? 0, 0)
    }

    func testCoordinatedObjectsAndPurpose() {
        XCTAssertLessThan(SentimentTesting.frames("Ha lasciato lo studio legale e il suo stipendio da socio per aprire un doposcuola.")["money"]?.stance ?? 0, 0)
        // What comes after "per" is the purpose, not the object.
        XCTAssertGreaterThan(SentimentTesting.frames("Ha lasciato la scuola per uno stipendio più alto.")["money"]?.stance ?? 0, 0)
    }

    func testDislocatedObjectAndApposition() {
        XCTAssertEqual(SentimentTesting.frameRule("I bonus li lascio ai colleghi ambiziosi.", "money"), "RenouncedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("Ha rifiutato il posto a Londra, pagato il triplo, per restare a Napoli.", "money"), "RenouncedFrame")
    }

    func testStoppingAndSingularPresent() {
        XCTAssertEqual(SentimentTesting.frameRule("Ho smesso di credere nella visione del fondatore.", "mission"), "RenouncedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("Lascio il mio stipendio fisso per aprire una libreria.", "money"), "RenouncedFrame")
    }

    func testALongerObjectAndApposition() {
        let frames = SentimentTesting.frames("Ha rifiutato la cattedra di una grande università americana, con un compenso quasi doppio, per restare in Sicilia.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }
}
