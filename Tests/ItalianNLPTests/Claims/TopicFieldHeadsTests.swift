import XCTest

@testable import ItalianNLP

/// A "su" complement is a body's field only after a body named by its field.
final class TopicFieldHeadsTests: XCTestCase {
    func testAnInstitutionTakesNoTopicAndTheTopicOpensTheClause() {
        let text = "Per il Comune sui parcheggi non c'è nessuna emergenza."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "Comune")
        XCTAssertEqual(claim?.content, "sui parcheggi non c'è nessuna emergenza")
    }

    func testABodyNamedByItsFieldKeepsIt() {
        let text = "L'Osservatorio sulla qualità dell'aria ha spiegato che le polveri sottili sono in calo."
        XCTAssertEqual(claimSummaries(text).first?.source, "Osservatorio sulla qualità dell'aria")
    }

    func testTheHeads() {
        let text = "La Procura e l'Osservatorio."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        XCTAssertFalse(finder.takesTopicField(1))
        XCTAssertTrue(finder.takesTopicField(4))
    }
}
