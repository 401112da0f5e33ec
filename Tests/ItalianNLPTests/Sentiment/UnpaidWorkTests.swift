import XCTest
@testable import ItalianNLP

final class SentimentUnpaidWorkTests: XCTestCase {
    func testWorkingForFreeIsPayEvaluatedNegatively() {
        XCTAssertEqual(SentimentTesting.frameRule("I tirocinanti dello studio lavorano gratis da un anno.", "money"), "UnpaidWork")
        XCTAssertLessThan(SentimentTesting.frames("Sei mesi di lavoro gratuito in redazione.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Dodici ore in cantiere, zero euro.")["money"]?.stance ?? 0, 0)
    }

    func testContrastDecidesFirst() {
        // "Chiamatela passione, ma …": what follows "ma" is what the sentence stands for.
        XCTAssertGreaterThan(SentimentTesting.frames("Chiamatela passione, ma il lavoro gratuito resta sfruttamento.")["money"]?.stance ?? 0, 0)
    }

    func testRefusedUnpaidWorkIsPayDemanded() {
        XCTAssertGreaterThan(SentimentTesting.frames("Basta lavorare gratis: i musicisti chiedono un compenso per ogni serata.")["money"]?.stance ?? 0, 0)
    }

    func testMoneyNotTaken() {
        XCTAssertEqual(SentimentTesting.frameRule("Allena i bambini del paese senza prendere un euro.", "money"), UnpaidWork.name)
        XCTAssertLessThan(SentimentTesting.frames("Ha restaurato la chiesa senza chiedere mai una lira.")["money"]?.stance ?? 0, 0)
    }

    func testAskingNothingIsNoDemand() {
        // "senza mai chiedere": what follows "senza" neither refuses nor demands pay.
        let text = "Da vent'anni ripara gratis le biciclette dei ragazzi del quartiere, senza mai chiedere niente."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), UnpaidWork.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Siamo stufi di lavorare gratis: vogliamo un contratto.")["money"]?.stance ?? 0, 0)
    }
}
