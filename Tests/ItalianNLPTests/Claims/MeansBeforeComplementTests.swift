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

/// The addressee or place before a reported clause may take up to
/// ``AttributionContext/longestAddresseeBeforeClause`` tokens, "di" phrases included.
final class LongAddresseeBeforeClauseTests: XCTestCase {
    func testALongAddressee() {
        let claims = claimSummaries("Il sindaco Carlo Neri ha detto al presidente della commissione bilancio della Regione che i conti non tornano.")
        XCTAssertEqual(claims.first?.content, "i conti non tornano")
    }

    func testAPlaceWithADiPhrase() {
        let claims = claimSummaries("La ministra Elena Sarti ha spiegato davanti alle commissioni riunite di Camera e Senato che il decreto slitterà.")
        XCTAssertEqual(claims.first?.content, "il decreto slitterà")
    }

    func testAnInfinitiveAfterTheAddresseeIsTheClause() {
        let claims = claimSummaries("Il prefetto Mario Landi ha chiesto ai sindaci della provincia di chiudere le scuole.")
        XCTAssertEqual(claims.first?.content, "chiudere le scuole")
    }
}

extension LongAddresseeBeforeClauseTests {
    func testAnInfinitiveWithACliticAfterTheAddressee() {
        let text = "Il consorzio Terre Alte ha chiesto al governo di opporsi alla proposta della Commissione che vieterebbe i pesticidi."
        XCTAssertEqual(claimSummaries(text).first?.content, "opporsi alla proposta della Commissione che vieterebbe i pesticidi")
    }

    func testAColonAfterAPronounAnnouncesNoReport() {
        let text = "Il capitano Matteo Riva ha parlato dopo di lui: «Il mister non c'entra»."
        XCTAssertFalse(claimSummaries(text).contains { $0.kind == .mixed })
    }
}
