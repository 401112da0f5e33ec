import XCTest
@testable import ItalianNLP

final class SentimentBelyingFactTests: XCTestCase {
    func testAnIdealBeliedInTheSameSentence() {
        let text = "Il consorzio si vanta della sua vocazione sociale, ma intanto i soci si sono spartiti un milione di dividendi."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), BelyingFact.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testAnIdealBeliedByTheNextSentence() {
        let text = "Nel discorso di fine anno la presidente ha parlato di solidarietà tra colleghi. Il giorno dopo si è alzata il compenso del 40%."
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        XCTAssertNotNil(SentimentTesting.frames(text)["money"])
    }

    func testNoMarkerNoBelying() {
        let text = "La fondazione ha a cuore la solidarietà tra generazioni. I soci hanno approvato il compenso del presidente."
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    /// The marker may open the second half of a clause, after "e".
    func testAMarkerAfterAnd() {
        let text = "La direzione esalta la passione del personale e intanto taglia i premi di produzione."
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), BelyingFact.name)
    }
}
