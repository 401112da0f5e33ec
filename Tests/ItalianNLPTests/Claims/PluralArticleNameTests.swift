import XCTest

@testable import ItalianNLP

/// A name written after a plural article ("le Fiamme Gialle") is a group, never one person.
final class PluralArticleNameTests: XCTestCase {
    func testABareRoleDoesNotFallBackOnAGroupName() {
        let text = "Anche le Fiamme Gialle hanno chiesto chiarimenti sulla gara. Il tecnico ha spiegato che la partenza è stata regolare."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.content, "la partenza è stata regolare")
        XCTAssertNotEqual(claims.last?.source, "Fiamme Gialle")
    }

    func testTheRuleSeesTheArticleAndFusedForms() {
        for (text, expected) in [
            ("Hanno parlato i Verdi Europei.", true), ("Ha scritto ai Giovani Democratici.", true),
            ("Ha parlato Marco Conti.", false), ("Ha parlato la Fiom Toscana.", false),
        ] {
            let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
            let context = AttributionContext(document: document)
            XCTAssertEqual(context.mentions[0].contains { context.isNamedWithPluralArticle($0) }, expected, text)
        }
    }
}
