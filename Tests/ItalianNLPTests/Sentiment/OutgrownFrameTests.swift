import XCTest
@testable import ItalianNLP

final class SentimentOutgrownFrameTests: XCTestCase {
    func testTwoAgesSideBySide() {
        let frames = SentimentTesting.frames("Rivoluzionario a vent'anni, notaio a cinquanta.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        // What the after names instead is the alternative.
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAWishThatEndedUpElsewhere() {
        XCTAssertLessThan(SentimentTesting.frames("Sognavo di cambiare il mondo, mi sono ritrovato a compilare tabelle per un'assicurazione.")["mission"]?.stance ?? 0, 0)
    }

    func testAcrossASemicolon() {
        let ages = SentimentTesting.frames("A vent'anni contava solo la passione; a quaranta conta lo stipendio.")
        XCTAssertLessThan(ages["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(ages["money"]?.stance ?? 0, 0)
        // "anni fa … oggi": only where the after names the other frame.
        let switched = SentimentTesting.frames("Dieci anni fa lavoravo in banca per lo stipendio; oggi insegno musica ai ragazzi con passione.")
        XCTAssertLessThan(switched["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(switched["mission"]?.stance ?? 0, 0)
    }

    func testAContinuityIsNoTurn() {
        // A childhood curiosity that today's work carries on.
        XCTAssertGreaterThan(SentimentTesting.frames("Da piccolo passava le ore a capire come funzionavano gli orologi; oggi ripara quelli antichi.")["mission"]?.stance ?? 0, 0)
        // The after names the same frame.
        XCTAssertGreaterThan(SentimentTesting.frames("A vent'anni sognava la ricerca, a trenta ne ha fatto il suo mestiere con passione.")["mission"]?.stance ?? 0, 0)
        // "a trenta metri" is no age where none came before.
        XCTAssertNil(OutgrownFrame.turn(in: SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Volevo vedere il faro, a trenta metri dalla riva.").tokens)))
    }

    func testTheHourIsNotNow() {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Un tempo pagavano dieci euro l'ora.").tokens)
        XCTAssertNil(OutgrownFrame.turn(in: state))
    }

    func testASearchThatFoundOnlySomethingElse() {
        XCTAssertLessThan(SentimentTesting.frames("Cercavo un lavoro con uno scopo e ho trovato solo fogli Excel.")["mission"]?.stance ?? 0, 0)
    }
}
