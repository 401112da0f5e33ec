import XCTest

@testable import ItalianNLP

/// "il primario del pronto soccorso, Luigi Paolini": lower-case words after the role mention do
/// not break the apposition that ties the role to the name.
final class RoleModifierTailTests: XCTestCase {
    func testTheNameAfterALowerCaseModifierNamesTheRole() {
        let text = "Il primario del pronto soccorso, Luigi Paolini, non era all'incontro. «I miei medici fanno turni di sedici ore», scrive."
        XCTAssertEqual(claimSummaries(text).first?.source, "Luigi Paolini")
    }

    func testTwoModifierWordsAtMost() {
        let text = "La presidente dell'associazione commercianti, Silvia Nardi, non è convinta. «Siamo ancora qui ad aspettare», ha commentato."
        XCTAssertEqual(claimSummaries(text).first?.source, "Silvia Nardi")
    }

    func testAVerbAfterTheRoleIsNoModifier() {
        let text = "Il sindaco di Vasto parla poco, Mario Rossi invece molto."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let role = document.tokens.firstIndex { $0.text == "Vasto" } ?? 0
        XCTAssertNil(AttributionContext.roleModifierTailEnd(after: role, in: document))
    }

    func testNoCommaNoApposition() {
        let text = "Il primario del pronto soccorso Luigi Paolini non era presente."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let role = document.tokens.firstIndex { $0.text == "pronto" } ?? 0
        XCTAssertNil(AttributionContext.roleModifierTailEnd(after: role, in: document))
    }
}
