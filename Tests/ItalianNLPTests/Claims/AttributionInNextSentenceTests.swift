import XCTest

@testable import ItalianNLP

/// «…». A parlare è X / Così X / È la denuncia di X / Lo ha detto X: a quotation that is a sentence
/// of its own, attributed by the sentence after it.
final class AttributionInNextSentenceTests: XCTestCase {
    private func first(_ text: String) -> (kind: ClaimKind, source: String?, content: String, rule: String)? {
        claimSummaries(text).first
    }

    func testCleftWithAnInfinitiveAndACopula() {
        let claim = first("«Non ho mai visto tanta neve a marzo». A parlare è Mario Bianchi, gestore del rifugio.")
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.kind, .direct)
        XCTAssertEqual(claim?.source, "Mario Bianchi")
        XCTAssertEqual(claim?.content, "Non ho mai visto tanta neve a marzo")
    }

    func testCosiWithoutAVerb() {
        let claim = first("«I conti sono in ordine e lo resteranno». Così Paola Neri, assessora al Bilancio del Comune.")
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.source, "Paola Neri")
    }

    func testClaimNounAfterACopula() {
        let claim = first("«Ci hanno lasciati soli per tre settimane». È la denuncia di Luca Ferri, presidente del comitato.")
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.source, "Luca Ferri")
    }

    func testBareClaimNounWithTheSpeakerInItsComplement() {
        let claim = first("«Serve un piano per le periferie». Parole del sindaco, Giorgio Conti, al termine della giunta.")
        XCTAssertEqual(claim?.source, "Giorgio Conti")
    }

    func testWithTheseWordsAndTheSubjectAfter() {
        let claim = first("«Ha tradito la fiducia dei soci». Con queste parole la pm Anna Riva ha aperto la requisitoria.")
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.source, "Anna Riva")
    }

    func testCliticBeforeTheVerbWithTheSubjectFirst() {
        let claim = first("«Non ci sarà alcun rinvio». Il ministro Carlo Gatti lo ha ribadito questa mattina a Roma.")
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.source, "Carlo Gatti")
        XCTAssertEqual(claim?.content, "Non ci sarà alcun rinvio")
    }

    func testCliticOpeningTheSentence() {
        let claim = first("«Il clima cambia più in fretta delle nostre città». Lo ha detto ieri la climatologa Serena Valli.")
        XCTAssertEqual(claim?.kind, .direct)
        XCTAssertEqual(claim?.source, "Serena Valli")
        XCTAssertEqual(claim?.content, "Il clima cambia più in fretta delle nostre città")
    }

    func testALedeWhoseNextSentenceHasAPersonAsSubject() {
        let text = "«Riapriremo il ponte entro Natale». Il sindaco di Castelnuovo, Ivo Marchetti, ha scelto il consiglio comunale per rispondere ai commercianti."
        let claim = first(text)
        XCTAssertEqual(claim?.rule, "AttributionInNextSentence")
        XCTAssertEqual(claim?.source, "Ivo Marchetti")
    }

    func testALedeFollowedByAThingAsSubjectTakesNothing() {
        let text = "«Riapriremo il ponte entro Natale». Il ponte sul Serchio è chiuso dal 3 ottobre."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "AttributionInNextSentence" })
    }

    func testANounPhraseThatIsNoAttributionTakesNothing() {
        // The reply that follows is someone else's: the quotation is not the minister's.
        let text = "«Il piano è pronto da mesi». La replica del ministro Carlo Gatti non si è fatta attendere."
        XCTAssertNotEqual(first(text)?.rule, "AttributionInNextSentence")
    }

    func testTheNextParagraphAttributesNothing() {
        let text = "«Il piano è pronto da mesi».\nA parlare è Mario Bianchi, gestore del rifugio."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "AttributionInNextSentence" })
    }

    func testACueFollowedByCosiInTheNextSentence() {
        let text = "Il ministro Carlo Neri ha parlato in aula. «Non è vero niente». Palazzo Chigi smentisce così le indiscrezioni."
        let claim = claimSummaries(text).first { $0.content == "Non è vero niente" }
        XCTAssertEqual(claim?.source, "Palazzo Chigi")
    }
}
