import XCTest

@testable import ItalianNLP

/// Verbs that report a noun object with an article only with the nouns of
/// Lexicons/claims/noun-object-restricted.tsv.
final class RestrictedNounObjectTests: XCTestCase {
    func testAThreatOfAStrike() {
        let claims = claimSummaries("Il sindacato dei medici minaccia lo stato di agitazione se il piano non cambierà.")
        XCTAssertEqual(claims.first?.content, "lo stato di agitazione se il piano non cambierà")
    }

    func testAnAdmissionWithAPossessive() {
        let claims = claimSummaries("Il ministro Carlo Bassi ha ammesso le proprie responsabilità davanti alla commissione.")
        XCTAssertEqual(claims.first?.content, "le proprie responsabilità davanti alla commissione")
        XCTAssertEqual(claims.first?.source, "Carlo Bassi")
    }

    func testAPersonThreatenedOrAdmittedIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il vicino, Marco Sala, ha minacciato il portiere con un coltello.").isEmpty)
        XCTAssertTrue(claimSummaries("Il rettore, Paolo Neri, ammette i candidati con almeno sessanta punti.").isEmpty)
    }

    func testRejectingAccusationsIsNoClaim() {
        XCTAssertTrue(claimSummaries("La società di gestione, Aeroporti del Sud, respinge le accuse.").isEmpty)
    }
}

/// The admissions of the claims21 round: facts and offences ("ha ammesso il furto", "ammette i
/// fatti"), and what a speaker assures ("ha assicurato il massimo sostegno").
final class AdmissionAndAssuranceObjectTests: XCTestCase {
    func testAnAdmittedOffence() {
        let claims = claimSummaries("L'autista, Franco Leoni, ha ammesso il furto del carburante.")
        XCTAssertEqual(claims.first?.content, "il furto del carburante")
    }

    func testAnAssurance() {
        let claims = claimSummaries("La Provincia ha assicurato il massimo sostegno alle famiglie sfollate.")
        XCTAssertEqual(claims.first?.content, "il massimo sostegno alle famiglie sfollate")
    }

    func testInsuringSomeoneIsNoClaim() {
        XCTAssertTrue(claimSummaries("La cooperativa Edilnord ha assicurato i dipendenti contro gli infortuni.").isEmpty)
    }
}
