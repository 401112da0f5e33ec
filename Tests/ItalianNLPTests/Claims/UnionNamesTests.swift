import XCTest

@testable import ItalianNLP

/// "La Fiom ha proclamato lo sciopero … L'azienda ha replicato": a union is no company.
final class UnionNamesTests: XCTestCase {
    func testTheCompanyNounPassesOverTheUnion() {
        let text = "La Fiom Lombardia ha proclamato otto ore di sciopero negli stabilimenti della Meccanica Brianzola, "
            + "dopo la rottura delle trattative. L'azienda ha replicato che le richieste sono incompatibili con i conti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Meccanica Brianzola")
    }

    func testAUnionIsNamedByItsFirstWordOnly() {
        let text = "Ha parlato la Fiom."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let context = AttributionContext(document: document)
        XCTAssertTrue(context.mentions[0].contains { context.isUnionName($0) })
        let company = "Ha parlato la Fiomar."
        let companyDocument = ClaimDocument(text: company, tokenized: Tokenizer().tokenize(company))
        let companyContext = AttributionContext(document: companyDocument)
        XCTAssertFalse(companyContext.mentions[0].contains { companyContext.isUnionName($0) })
    }
}
