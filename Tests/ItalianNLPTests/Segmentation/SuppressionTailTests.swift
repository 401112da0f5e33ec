import XCTest

@testable import ItalianNLP

/// ICU's `ss=standard` suppressions hold a full stop only when they are the whole word
/// (`SentenceSegmenter.isHeldOnlyBySuppressionTail`).
final class SuppressionTailTests: XCTestCase {
    func testICUListIsReadFromTheSystemData() {
        let list = ICUSentenceSuppressions.italian
        // Entries ICU has shipped for Italian since the list was added; the test fails if the data
        // cannot be read at all.
        XCTAssertTrue(list.contains("dott."))
        XCTAssertTrue(list.contains("on."))
        XCTAssertFalse(list.contains(""))
    }

    func testWordEndingInASuppressionEndsItsSentence() {
        XCTAssertEqual(sentenceTexts("Lo ha ribadito ieri Macron. Poi è ripartito per Parigi."),
                       ["Lo ha ribadito ieri Macron.", "Poi è ripartito per Parigi."])
        XCTAssertEqual(sentenceTexts("La fiera si è chiusa a Hannover. Il bilancio è positivo."),
                       ["La fiera si è chiusa a Hannover.", "Il bilancio è positivo."])
        XCTAssertEqual(sentenceTexts("Hanno firmato una class action. Secondo i legali durerà anni."),
                       ["Hanno firmato una class action.", "Secondo i legali durerà anni."])
    }

    func testCapitalAfterAnOpeningMarkAndAccentedCapitals() {
        XCTAssertEqual(sentenceTexts("Ha parlato il sindaco di Lyon. «Non cederemo» ha detto."),
                       ["Ha parlato il sindaco di Lyon.", "«Non cederemo» ha detto."])
        XCTAssertEqual(sentenceTexts("Ha vinto Johnson. È la terza volta."), ["Ha vinto Johnson.", "È la terza volta."])
    }

    func testWholeWordSuppressionsStillHold() {
        XCTAssertEqual(sentenceTexts("Ha parlato l'on. Bianchi in aula."), ["Ha parlato l'on. Bianchi in aula."])
        XCTAssertEqual(sentenceTexts("Lo dice il dott. Verdi."), ["Lo dice il dott. Verdi."])
    }

    func testBothWaysOfAskingICUAgree() {
        let text = "Lo ha ribadito Macron. Poi l'on. Bianchi ha risposto. Era a Hannover. «Sì» dice."
        let windows = Tokenizer().tokenize(text).sentences.map { $0.span.text(in: text) }
        let whole = Tokenizer(usesPlainBoundaries: false).tokenize(text).sentences.map { $0.span.text(in: text) }
        XCTAssertEqual(windows, whole)
        XCTAssertEqual(windows.count, 4)
    }
}
