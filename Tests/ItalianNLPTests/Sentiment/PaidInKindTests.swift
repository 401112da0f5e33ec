import XCTest
@testable import ItalianNLP

final class SentimentPaidInKindTests: XCTestCase {
    func testPayInKindIsPoorPay() {
        XCTAssertEqual(SentimentTesting.frameRule("Alla sagra ci hanno pagati con un piatto di pasta e un grazie.", "money"), PaidInKind.name)
        XCTAssertLessThan(SentimentTesting.frames("Molti musicisti vengono pagati in applausi.")["money"]?.stance ?? 0, 0)
    }

    func testWaysOfPayingComparisonsAndPlaces() {
        XCTAssertNotEqual(SentimentTesting.frameRule("I collaboratori sono pagati con bonifico a fine mese.", "money"), PaidInKind.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Vogliamo essere pagati come in Francia.", "money"), PaidInKind.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("I medici a gettone sono pagati in Lombardia più che altrove.", "money"), PaidInKind.name)
    }

    /// A thing given in kind pays in kind though it is a money term too ("buoni pasto").
    func testPayInKindThatIsAlsoAMoneyTerm() {
        let text = "Al bar della stazione il sabato lo pagano con i buoni pasto."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), PaidInKind.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }
}
