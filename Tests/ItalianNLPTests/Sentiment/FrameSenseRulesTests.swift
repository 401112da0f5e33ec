import XCTest
@testable import ItalianNLP

final class SentimentFrameSenseRulesTests: XCTestCase {
    func testMissionAsOperation() {
        XCTAssertNil(SentimentTesting.frames("La missione umanitaria è partita ieri da Brindisi.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il ministro è in missione a Parigi.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La missione della cooperativa è dare lavoro ai giovani.")["mission"])
    }

    func testOtherSenses() {
        XCTAssertNil(SentimentTesting.frames("Allo scopo di ridurre le code, apriremo un secondo sportello.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La visione della partita è vietata ai minori.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Un sorbetto al frutto della passione.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Un menù ricco di verdure.")["money"])
        XCTAssertNil(SentimentTesting.frames("Milioni di turisti hanno visitato la mostra.")["money"])
        XCTAssertNil(SentimentTesting.frames("I carabinieri hanno scoperto una serra abusiva.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La sfida di scacchi è finita in parità.")["mission"])
    }

    func testPricesAreNotPay() {
        XCTAssertNil(SentimentTesting.frames("Il biglietto del treno costa dodici euro.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Lo stipendio è di 1.500 euro al mese.")["money"])
    }
}
