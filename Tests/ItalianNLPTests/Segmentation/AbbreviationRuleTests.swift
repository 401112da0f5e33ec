import XCTest

@testable import ItalianNLP

final class AbbreviationRuleTests: XCTestCase {
    func testTitlesKeepTheirPeriodAndDoNotEndTheSentence() {
        XCTAssertEqual(sentenceTexts("Il Dott. Bianchi e la Prof.ssa Neri sono arrivati."),
                       ["Il Dott. Bianchi e la Prof.ssa Neri sono arrivati."])
        XCTAssertEqual(tokenTexts("il Dott. Bianchi"), ["il", "Dott.", "Bianchi"])
    }

    func testLowercaseAndMultiPeriodForms() {
        XCTAssertEqual(tokenTexts("la Alfa S.p.A. e il d.lgs. n. 3"), ["la", "Alfa", "S.p.A.", "e", "il", "d.lgs.", "n.", "3"])
    }

    func testLegalReferencesDoNotBreak() {
        XCTAssertEqual(sentenceTexts("Lo prevede l'art. 12, comma 3. Poi si vedrà."),
                       ["Lo prevede l'art. 12, comma 3.", "Poi si vedrà."])
    }

    func testEccMayEndASentence() {
        XCTAssertEqual(sentenceTexts("Mele, pere ecc. Poi il resto."), ["Mele, pere ecc.", "Poi il resto."])
    }

    func testInitials() {
        XCTAssertEqual(sentenceTexts("Lo scrisse J. R. Tolkien. Fine."), ["Lo scrisse J. R. Tolkien.", "Fine."])
    }

    func testALetterAfterANounThatNamesThingsByLetterMayEndTheSentence() {
        XCTAssertEqual(sentenceTexts("La squadra è retrocessa in Serie B. Il presidente ha parlato."),
                       ["La squadra è retrocessa in Serie B.", "Il presidente ha parlato."])
        XCTAssertEqual(sentenceTexts("Serviva un piano B. Nessuno lo aveva."), ["Serviva un piano B.", "Nessuno lo aveva."])
        XCTAssertEqual(tokenTexts("la vitamina C. Poi"), ["la", "vitamina", "C", ".", "Poi"])
        // Any other word before the letter keeps it an initial.
        XCTAssertEqual(sentenceTexts("Lo ha firmato il giudice G. Verdi. Fine."), ["Lo ha firmato il giudice G. Verdi.", "Fine."])
        XCTAssertEqual(tokenTexts("la tipografia B. Rossi"), ["la", "tipografia", "B.", "Rossi"])
    }

    func testUnknownWordBeforeAPeriodEndsTheSentence() {
        XCTAssertEqual(sentenceTexts("È finita. Domani si riparte."), ["È finita.", "Domani si riparte."])
    }
}
