import XCTest
@testable import ItalianNLP

final class SentimentRefusedUnpaidWorkTests: XCTestCase {
    func testUnpaidWorkRefusedIsPayWanted() {
        let text = "Io non suono gratis, nemmeno ai matrimoni degli amici."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), RefusedUnpaidWork.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Nessuno dovrebbe mai lavorare gratis per un'azienda che fa utili.")["money"]?.stance ?? 0, 0)
    }

    func testUnpaidWorkWithoutANegationIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Da mesi gli stagisti lavorano gratis in redazione.", "money"), RefusedUnpaidWork.name)
    }

    func testAPriceDeniedAfterACopulaIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il parcheggio dell'ospedale non è gratis per chi lavora lì.", "money"), RefusedUnpaidWork.name)
    }

    /// "nessuno" as the clause's subject refuses unpaid work, however far from "gratis".
    func testNobodyWorkingForFreeIsPayWanted() {
        let text = "La dedizione è bella, ma nessuno fa le consegne di notte sotto la pioggia gratis."
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    /// The negator of a chain of verbs before the term refuses the unpaid work too.
    func testANegatedChainOfVerbs() {
        let text = "Con due figli non posso permettermi di lavorare gratis."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), RefusedUnpaidWork.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }
}
