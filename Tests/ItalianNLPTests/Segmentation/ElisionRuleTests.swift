import XCTest

@testable import ItalianNLP

final class ElisionRuleTests: XCTestCase {
    func testSplitsArticleElisionWithTypographicApostrophe() {
        XCTAssertEqual(tokenTexts("l’opportunità"), ["l’", "opportunità"])
    }

    func testSplitsArticulatedPrepositionElisionWithStraightApostrophe() {
        XCTAssertEqual(tokenTexts("dell'IA e nell'anno"), ["dell'", "IA", "e", "nell'", "anno"])
    }

    func testSplitsPronounsAndDeterminers() {
        XCTAssertEqual(tokenTexts("c’è quest’anno tutt’altro anch’io un’altra"),
                       ["c’", "è", "quest’", "anno", "tutt’", "altro", "anch’", "io", "un’", "altra"])
    }

    func testSplitsNumberElision() {
        XCTAssertEqual(tokenTexts("trent'anni"), ["trent'", "anni"])
    }

    func testKeepsApostropheNamesWhole() {
        XCTAssertEqual(tokenTexts("D'Alema e O'Brien"), ["D'Alema", "e", "O'Brien"])
    }

    func testElisionFollowedBySpaceStaysOneToken() {
        XCTAssertEqual(tokenTexts("dell' Italia"), ["dell'", "Italia"])
    }

    func testElidedArticulatedPrepositionExpandsToTwoWords() {
        let token = Tokenizer().tokenize("dell’IA").tokens[0]
        XCTAssertEqual(token.expansion, ["di", "l’"])
    }
}
