import XCTest

@testable import ItalianNLP

/// "ha annunciato ricorso", "ha minacciato dimissioni": a noun object without its article is
/// the claim of a verb of announcing, asking, promising, threatening or admitting.
final class BareNounObjectTests: XCTestCase {
    func testAnnouncingAnAppeal() {
        let claim = claimSummaries("La società ha annunciato ricorso al Consiglio di Stato.").first
        XCTAssertEqual(claim?.kind, .indirect)
        XCTAssertEqual(claim?.content, "ricorso al Consiglio di Stato")
    }

    func testThreateningAndAdmitting() {
        XCTAssertEqual(claimSummaries("Il primario ha minacciato dimissioni immediate.").first?.content, "dimissioni immediate")
        XCTAssertEqual(claimSummaries("L'assessore ha ammesso ritardi nei pagamenti.").first?.content, "ritardi nei pagamenti")
    }

    func testAParticipleShapedNoun() {
        let claim = claimSummaries("Il sindacato ha annunciato esposto alla procura.").first
        XCTAssertEqual(claim?.content, "esposto alla procura")
    }

    func testIdiomsReportNothing() {
        XCTAssertTrue(claimSummaries("Il ministro ha chiesto scusa alle famiglie.").isEmpty)
        XCTAssertTrue(claimSummaries("Gli operai hanno chiesto aiuto ai passanti.").isEmpty)
    }

    func testNoNounAfterTheVerb() {
        XCTAssertTrue(claimSummaries("Il club ne chiede almeno venti.").filter { $0.content.hasPrefix("almeno") }.isEmpty)
        XCTAssertTrue(claimSummaries("Il presidente ha negato tutto.").isEmpty)
    }

    func testThreateningAPersonIsNoClaim() {
        // With its article the object of "minacciare" is the person threatened.
        XCTAssertTrue(claimSummaries("L'uomo ha minacciato i vicini con un coltello.").isEmpty)
    }
}
