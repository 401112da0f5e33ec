import XCTest

@testable import ItalianNLP

final class SentenceSegmenterTests: XCTestCase {
    func testBlankLinesAreParagraphs() {
        let result = Tokenizer().tokenize("Primo paragrafo senza punto\n\nSecondo paragrafo.")
        XCTAssertEqual(result.sentences.count, 2)
        XCTAssertEqual(result.sentences.map(\.paragraph), [0, 1])
    }

    func testHeadingsOnTheirOwnLineAreSentences() {
        XCTAssertEqual(sentenceTexts("Costruire il futuro dell’IA\nZuckerberg punta sulla promessa."),
                       ["Costruire il futuro dell’IA", "Zuckerberg punta sulla promessa."])
    }

    func testColonAndSemicolonBeforeANewClauseEndTheSentenceAsInUD() {
        XCTAssertEqual(sentenceTexts("Il messaggio è chiaro: nelle ultime settimane tutto è cambiato."),
                       ["Il messaggio è chiaro:", "nelle ultime settimane tutto è cambiato."])
        XCTAssertEqual(sentenceTexts("Il piano è fallito; altrimenti si rischia."), ["Il piano è fallito;", "altrimenti si rischia."])
    }

    func testColonBeforeAQuotationStaysInTheSentence() {
        XCTAssertEqual(sentenceTexts("Salvini: «Basta così»."), ["Salvini: «Basta così»."])
    }

    func testSemicolonBeforeANameInAListDoesNotBreak() {
        XCTAssertEqual(sentenceTexts("Terni, azioni 300; Ilva, azioni 100."), ["Terni, azioni 300; Ilva, azioni 100."])
    }

    func testFullStopBeforeLowercaseBreaksUnlessAfterAnUnknownAbbreviation() {
        XCTAssertEqual(sentenceTexts("Era la vendetta. messo in ginocchio, cedette."), ["Era la vendetta.", "messo in ginocchio, cedette."])
        XCTAssertEqual(sentenceTexts("Il film (distr. da Palazzo) esce."), ["Il film (distr. da Palazzo) esce."])
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
