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

    func testUnknownWordBeforeAPeriodEndsTheSentence() {
        XCTAssertEqual(sentenceTexts("È finita. Domani si riparte."), ["È finita.", "Domani si riparte."])
    }
}
