import XCTest
@testable import ItalianNLP

final class SentimentPlainMoneyMentionTests: XCTestCase {
    func testStatedMoneyHasNoStance() {
        XCTAssertEqual(SentimentTesting.frames("Il portiere ha firmato un quadriennale da tre milioni a stagione.")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frameRule("La busta paga di aprile arriverà il 27 del mese.", "money"), "PlainMoneyMention")
    }

    func testMoneyAsAMotiveIsAsserted() {
        XCTAssertGreaterThan(SentimentTesting.frames("Si è trasferito a Dubai solo per lo stipendio.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Le infermiere vogliono uno stipendio come quello delle colleghe svizzere.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Premio di mille euro a chi trova un nuovo cliente.")["money"]?.stance ?? 0, 0)
    }

    func testAPriceIsNoMotive() {
        XCTAssertEqual(SentimentTesting.frames("La società è stata ceduta per 40 milioni di euro a un fondo.")["money"]?.stance ?? 1, 0)
    }

    func testBesideAMissionTermTheDefaultStands() {
        XCTAssertNotEqual(SentimentTesting.frameRule("La fondazione unisce ricerca di base e stipendi europei.", "money"), "PlainMoneyMention")
    }

    func testLeavingAndLeversAnywhereInTheSentence() {
        XCTAssertGreaterThan(SentimentTesting.frames("I giovani chef vanno all'estero perché qui lo stipendio non basta.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Per attirare insegnanti in montagna, il comune offre un bonus di duemila euro.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Alla fine i soldi hanno vinto.")["money"]?.stance ?? 0, 0)
    }

    func testASaleForAnAmountIsAPrice() {
        XCTAssertEqual(SentimentTesting.frames("L'imprenditore ha ceduto la sua quota per una cifra mai resa nota.")["money"]?.stance ?? 1, 0)
        // "per" before the amount is a motive where nothing is sold.
        XCTAssertGreaterThan(SentimentTesting.frames("Ha cambiato squadra per una cifra mai vista.")["money"]?.stance ?? 0, 0)
    }

    func testMoneyNamedAsTheGoal() {
        XCTAssertGreaterThan(SentimentTesting.frames("Lo scopo della società resta il profitto dei soci.")["money"]?.stance ?? 0, 0)
        // A goal named elsewhere in the sentence is no goal of the money.
        XCTAssertEqual(SentimentTesting.frames("Il premio di produzione è legato agli obiettivi di vendita.")["money"]?.stance ?? 1, 0)
    }

    /// A first-person verb form makes the sentence the speaker's account, not a plain report.
    func testAFirstPersonVerbIsNoPlainReport() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Col nuovo incarico prenderò 500 euro al mese in più.", "money"), PlainMoneyMention.name)
        XCTAssertEqual(SentimentTesting.frameRule("Col nuovo incarico prenderà 500 euro al mese.", "money"), PlainMoneyMention.name)
        XCTAssertTrue(PlainMoneyMention.isFirstPersonVerb("guadagneremo"))
        XCTAssertFalse(PlainMoneyMention.isFirstPersonVerb("stipendio"))
    }
}
