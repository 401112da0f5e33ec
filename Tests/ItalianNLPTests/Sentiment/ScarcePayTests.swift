import XCTest
@testable import ItalianNLP

final class SentimentScarcePayTests: XCTestCase {
    func testAnIdiomOfBeingBrokeEvokesMoney() {
        let text = "Faccio le pulizie in tre uffici e il venticinque ho già il conto in rosso."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), ScarcePay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testWhatTheyGiveUsIsAComplaintAboutPay() {
        let text = "Con quello che ci danno, anche una pizza il sabato diventa un lusso."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), ScarcePay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Con due figli non arriviamo a fine mese.")["money"]?.stance ?? 0, 0)
    }

    func testPayThatDoesNotLastIsJudgedNegatively() {
        let text = "Della tredicesima non resta nulla già a gennaio."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), ScarcePay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testAWeakPhraseAloneEvokesNothing() {
        // "non resta nulla" speaks of anything: without a money term it is no money.
        XCTAssertNil(SentimentTesting.frames("Del vecchio castello non resta nulla.")["money"])
    }

    func testAcrossAContrastOrBesideAChoiceItDoesNotJudge() {
        let contrast = "Ai magazzinieri chiedono di tirare la cinghia, ma i soci si sono divisi un bonus milionario."
        let evidence = SentimentTesting.analysis(contrast).sentences.first?.frames["money"]?.evidence ?? []
        XCTAssertTrue(evidence.contains { $0.term == "bonus" })
        XCTAssertFalse(evidence.contains { $0.term == "bonus" && $0.rule == ScarcePay.name })
        let choice = "Con questo stipendio a Milano non ci arrivo, quindi a giugno mollo tutto."
        XCTAssertNotEqual(SentimentTesting.frameRule(choice, "money"), ScarcePay.name)
    }
}
