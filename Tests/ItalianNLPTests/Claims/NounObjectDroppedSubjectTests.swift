import XCTest

@testable import ItalianNLP

/// A noun object's dropped subject after a fronted complement or in a clause coordinated with a
/// claim.
final class NounObjectDroppedSubjectTests: XCTestCase {
    func testAfterAFrontedComplementAndAComma() {
        let text = "Il presidente del comitato, Luca Ferri, ha parlato a lungo. In caso di bocciatura, ha già annunciato un ricorso al Tar."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.content, "un ricorso al Tar")
        XCTAssertEqual(claims.last?.source, "Luca Ferri")
    }

    func testCoordinatedWithAClaimOfTheSentence() {
        let text = "In piazza sono scese anche Fim e Fiom, che denunciano turni massacranti e chiedono venti assunzioni entro maggio."
        let contents = claimSummaries(text).map(\.content)
        XCTAssertTrue(contents.contains("venti assunzioni entro maggio"))
    }

    func testANounSubjectAfterTheComplementIsNoDroppedSubject() {
        XCTAssertTrue(claimSummaries("Dal prossimo anno, la nuova norma garantisce un bonus alle famiglie numerose.").isEmpty)
        XCTAssertTrue(claimSummaries("La nuova legge esclude i redditi sotto i diecimila euro.").isEmpty)
    }

    func testTheFrontedComplementOnItsOwn() {
        let text = "In caso di condanna, ha già annunciato ricorso."
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.claims.count, 1)
    }
}
