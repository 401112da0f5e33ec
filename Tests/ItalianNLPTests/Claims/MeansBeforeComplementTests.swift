import XCTest

@testable import ItalianNLP

/// "ha fatto sapere attraverso il suo portavoce che …": the channel before the reported clause.
final class MeansBeforeComplementTests: XCTestCase {
    func testThroughASpokesman() {
        let claims = claimSummaries("La ministra Elena Sarti ha fatto sapere attraverso il suo portavoce che non parteciperà al vertice.")
        XCTAssertEqual(claims.first?.content, "non parteciperà al vertice")
        XCTAssertEqual(claims.first?.source, "Elena Sarti")
    }

    func testByMeansOfANote() {
        let claims = claimSummaries("Il gruppo Ferralpi ha comunicato tramite una nota di aver chiuso l'acquisizione.")
        XCTAssertEqual(claims.first?.content, "aver chiuso l'acquisizione")
    }
}

extension MeansBeforeComplementTests {
    func testWhereItWasWritten() {
        let claims = claimSummaries("Il gip Carla Fontana ha scritto nell'ordinanza che gli indagati potrebbero inquinare le prove.")
        XCTAssertEqual(claims.first?.content, "gli indagati potrebbero inquinare le prove")
    }
}
