import XCTest

@testable import ItalianNLP

/// The article the project started from (../shared/seed/article-it.txt): Zuckerberg's
/// statements, the "Secondo Times of India" attribution, nothing for headings or for "Questo
/// impegno … sottolinea …".
final class SeedArticleTests: XCTestCase {
    func testSeedArticleClaims() throws {
        guard let text = seedArticle() else { throw XCTSkip("no ../shared/seed/article-it.txt") }
        dumpClaims(text)
        let claims = claimSummaries(text)
        func has(_ fragment: String, source: String) -> Bool {
            claims.contains { $0.content.contains(fragment) && $0.source == source }
        }
        XCTAssertTrue(has("i migliori talenti nel campo dell’IA stanno affluendo a Meta", source: "Mark Zuckerberg"), "lead: chiarisce")
        XCTAssertTrue(has("Non è lo stipendio", source: "Mark Zuckerberg"), "parenthetical sostiene, dropped subject")
        XCTAssertTrue(has("GPU infinite", source: "Mark Zuckerberg"), "Ha sottolineato, dropped subject")
        XCTAssertTrue(has("il loro vero vantaggio risiede", source: "Mark Zuckerberg"), "sostiene che")
        XCTAssertTrue(has("il maggior calcolo per ricercatore sul pianeta", source: "Mark Zuckerberg"), "the quoted promise")
        XCTAssertTrue(has("non sono i stipendi lucrativi", source: "Mark Zuckerberg"), "Alla fine, sostiene Zuckerberg")
        XCTAssertTrue(has("è la missione di costruire una superintelligenza", source: "Times of India"), "Secondo Times of India")
        XCTAssertFalse(claims.contains { $0.content.contains("la visione dell’azienda") }, "Questo impegno … sottolinea is no claim")
        XCTAssertFalse(claims.contains { $0.content.contains("da Apple a Meta") }, "a heading is no claim")
    }
}
