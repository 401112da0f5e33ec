import XCTest

@testable import ItalianNLP

final class SentenceSegmenterTests: XCTestCase {
    func testBlankLinesAreParagraphs() {
        let result = Tokenizer().tokenize("Primo paragrafo senza punto\n\nSecondo paragrafo.")
        XCTAssertEqual(result.sentences.count, 2)
        XCTAssertEqual(result.sentences.map(\.paragraph), [0, 1])
    }

    func testHeadingsOnTheirOwnLineAreSentences() {
        XCTAssertEqual(sentenceTexts("Il vero richiamo: potenza computazionale\nIn una conversazione franca, ha riso."),
                       ["Il vero richiamo: potenza computazionale", "In una conversazione franca, ha riso."])
    }

    func testHardWrappedLinesContinue() {
        XCTAssertEqual(sentenceTexts("Il governo ha deciso di\nrinviare la riforma."), ["Il governo ha deciso di\nrinviare la riforma."])
    }

    func testNumberedListMarkersDoNotBreak() {
        XCTAssertEqual(sentenceTexts("1. Primo punto del piano\n2. Secondo punto"), ["1. Primo punto del piano", "2. Secondo punto"])
    }

    func testQuestionMarkBeforeLowercaseContinues() {
        XCTAssertEqual(sentenceTexts("«Davvero?» chiese lui. Sì."), ["«Davvero?» chiese lui.", "Sì."])
    }

    func testClosingQuotationMarkStaysWithItsSentence() {
        XCTAssertEqual(sentenceTexts("«Sono stanco.» Poi uscì."), ["«Sono stanco.»", "Poi uscì."])
    }

    func testEmptyTextHasNoSentences() {
        XCTAssertTrue(Tokenizer().tokenize("").sentences.isEmpty)
        XCTAssertTrue(Tokenizer().tokenize("  \n\n ").sentences.isEmpty)
    }
}
