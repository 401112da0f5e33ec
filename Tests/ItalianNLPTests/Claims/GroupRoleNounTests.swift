import XCTest

@testable import ItalianNLP

/// Group nouns of Lexicons/claims/roles.tsv that name speakers of noun objects: families,
/// collectives, firms and publishers.
final class GroupRoleNounTests: XCTestCase {
    func testFamiliesWithAnIncise() {
        let claim = claimSummaries("Le famiglie dei passeggeri, assistite da un legale, hanno chiesto un risarcimento di un milione.").first
        XCTAssertEqual(claim?.content, "un risarcimento di un milione")
        XCTAssertEqual(claim?.source, "famiglie dei passeggeri")
    }

    func testAPublisher() {
        let claim = claimSummaries("La casa editrice ha annunciato una seconda tiratura di ventimila copie.").first
        XCTAssertEqual(claim?.content, "una seconda tiratura di ventimila copie")
    }

    func testFirmsAndACollective() {
        XCTAssertEqual(claimSummaries("Le ditte del consorzio hanno annunciato ricorso al Consiglio di Stato.").first?.content, "ricorso al Consiglio di Stato")
        XCTAssertEqual(claimSummaries("Il collettivo degli studenti chiede aule studio aperte fino a mezzanotte.").first?.content,
            "aule studio aperte fino a mezzanotte")
    }
}
