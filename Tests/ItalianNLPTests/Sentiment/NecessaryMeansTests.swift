import XCTest
@testable import ItalianNLP

final class SentimentNecessaryMeansTests: XCTestCase {
    func testWhatNothingCanBeDoneWithoutIsWanted() {
        XCTAssertEqual(SentimentTesting.frameRule("Senza finanziamenti e stipendi decenti non si fa ricerca in nessun paese.", "money"), NecessaryMeans.name)
        XCTAssertGreaterThan(SentimentTesting.frames("Perché senza passione non si resta vent'anni in un pronto soccorso.")["mission"]?.stance ?? 0, 0)
    }

    func testANecessityAfterMaAddsToWhatCameBefore() {
        let frames = SentimentTesting.frames("Abbiamo aperto la libreria per dare un senso al quartiere, ma senza incassi non si pagano i librai.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testSenzaInsideAClauseOrWithOneNegationIsNoNecessity() {
        // Unpaid work: "senza" does not open the clause; "senza … mai" is one negation.
        XCTAssertNotEqual(SentimentTesting.frameRule("Lavora senza stipendio e non si lamenta.", "money"), NecessaryMeans.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha insegnato per anni, senza chiedere mai uno stipendio.", "money"), NecessaryMeans.name)
    }
}
