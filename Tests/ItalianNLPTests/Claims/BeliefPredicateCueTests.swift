import XCTest

@testable import ItalianNLP

/// "è convinto che …": essere, an adjective of conviction and "che" report a belief.
final class BeliefPredicateCueTests: XCTestCase {
    func testConvintoThenChe() {
        let text = "Il presidente della cooperativa, Guido Ferlini, è convinto che la vendemmia sarà migliore del previsto."
        let claim = claimSummaries(text).first { $0.content == "la vendemmia sarà migliore del previsto" }
        XCTAssertEqual(claim?.kind, .indirect)
        XCTAssertEqual(claim?.source, "Guido Ferlini")
    }

    func testPluralAndFeminineForms() {
        let text = "Le allenatrici Marta Viola e Sara Dini sono persuase che la squadra possa salvarsi."
        XCTAssertTrue(claimSummaries(text).contains { $0.content == "la squadra possa salvarsi" })
    }

    func testImpersonalCertainIsNoCue() {
        // "è certo che" is not in the list: impersonal as often as personal.
        let text = "È certo che il ponte resterà chiuso fino all'estate."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testConvintoWithoutCheIsNoCue() {
        let text = "Il sindaco Piero Lodi è convinto della scelta e ha firmato l'ordinanza."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testTheCueGroup() {
        let text = "La preside è convinta che serva più tempo."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let cues = CueFinder(document: document).cues(in: 0)
        XCTAssertEqual(cues.first?.lemma, CueFinder.beliefPredicateLemma)
        XCTAssertEqual(cues.first?.gender, "f")
        XCTAssertEqual(cues.first?.category, "think")
    }
}
