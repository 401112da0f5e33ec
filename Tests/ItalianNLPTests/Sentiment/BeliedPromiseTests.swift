import XCTest
@testable import ItalianNLP

final class SentimentBeliedPromiseTests: XCTestCase {
    /// An ideal claimed or promised, then belied by a contrast, is the mission debunked.
    func testAnIdealClaimedThenBeliedIsADebunkedMission() {
        let promise = "La catena dichiara di voler aiutare le famiglie in difficoltà, ma intanto ha alzato i prezzi del 20%."
        XCTAssertEqual(SentimentTesting.frameRule(promise, "mission"), BeliedPromise.name)
        XCTAssertLessThan(SentimentTesting.frames(promise)["mission"]?.stance ?? 0, 0)
        let good = "L'assessore giura di lavorare per il bene della città, ma la sua consulenza gli frutta novantamila euro."
        XCTAssertEqual(SentimentTesting.frameRule(good, "mission"), BeliedPromise.name)
        XCTAssertGreaterThan(SentimentTesting.frames(good)["money"]?.stance ?? 0, 0)
    }

    /// No contrast, no ideal, or a mission word already named: nothing evoked by this rule.
    func testAClaimNeedsAnIdealAndAContrast() {
        XCTAssertNil(SentimentTesting.frames("La società promette di migliorare il servizio entro giugno.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Dice di essere stanco, ma continua a lavorare fino a tardi.")["mission"])
        XCTAssertNotEqual(SentimentTesting.frameRule("Parlano di missione e di comunità, ma pagano in ritardo.", "mission"), BeliedPromise.name)
    }

    /// One's own plans are no ideal: the claim must be for people or a common good.
    func testOnesOwnPlansAreNoIdeal() {
        XCTAssertNil(SentimentTesting.frames("Dice di voler cambiare casa, ma i prezzi in centro sono altissimi.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Ha giurato di proteggere i suoi dati, ma poi li ha venduti a un'agenzia.")["mission"])
    }
}
