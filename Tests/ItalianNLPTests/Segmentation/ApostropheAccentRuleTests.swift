import XCTest

@testable import ItalianNLP

final class ApostropheAccentRuleTests: XCTestCase {
    func testKeepsAccentApostropheWithTheWord() {
        XCTAssertEqual(tokenTexts("perche' e' cosi' piu' bello"), ["perche'", "e'", "cosi'", "piu'", "bello"])
    }

    func testRestoresAccentInTheNormalizedForm() {
        let tokens = Tokenizer().tokenize("Perche' E' piu' un po' cosi'").tokens
        XCTAssertEqual(tokens.map(\.normalized), ["perché", "è", "più", "un", "po'", "così"])
    }

    func testApostropheAfterOpeningSingleQuoteClosesTheQuote() {
        XCTAssertEqual(tokenTexts("la parola 'casa' qui"), ["la", "parola", "'", "casa", "'", "qui"])
    }

    func testMinutesKeepTheirApostrophe() {
        XCTAssertEqual(tokenTexts("al 35' del primo tempo"), ["al", "35'", "del", "primo", "tempo"])
    }
}
