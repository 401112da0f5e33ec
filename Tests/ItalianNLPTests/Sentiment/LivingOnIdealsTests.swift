import XCTest
@testable import ItalianNLP

final class SentimentLivingOnIdealsTests: XCTestCase {
    func testADeniedLivingOnAnIdeal() {
        let frames = SentimentTesting.frames("Di soli ideali non si campa, caro mio.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        // The money one lives on is evoked.
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Con la vocazione non si mangia.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Un giovane musicista non può vivere solo di passione.")["mission"]?.stance ?? 0, 0)
    }

    func testADoubtingQuestion() {
        let frames = SentimentTesting.frames("Ma si può vivere di sola ricerca, oggi, in Italia?")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testNoDenialNoRule() {
        // Living for a passion, said plainly, is no denial.
        XCTAssertGreaterThan(SentimentTesting.frames("Lei vive di passione per il teatro.")["mission"]?.stance ?? 0, 0)
        XCTAssertNil(SentimentTesting.frames("Lei vive di passione per il teatro.")["money"])
        // Money the sentence names keeps its own stance.
        XCTAssertNotEqual(SentimentTesting.frameRule("Di sola passione non si vive, servono stipendi veri.", "money"), LivingOnIdeals.name)
    }
}
