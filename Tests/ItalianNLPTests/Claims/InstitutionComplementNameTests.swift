import XCTest

@testable import ItalianNLP

/// The name after a role's complement that is an institution names the institution: the source is
/// the whole phrase.
final class InstitutionComplementNameTests: XCTestCase {
    func testAHospitalsDirectionKeepsTheHospitalsName() {
        let text = "La direzione dell'ospedale San Raffaele ha spiegato che i ricoveri riprenderanno lunedì."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione dell'ospedale San Raffaele")
    }

    func testARoleAdjectiveBeforeTheComplement() {
        let text = "La direzione sanitaria dell'istituto Santa Lucia ha assicurato che nessun paziente è stato trasferito."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione sanitaria dell'istituto Santa Lucia")
    }

    func testAfterANounOfPeopleTheNameIsTheGroupsOwn() {
        let text = "Il sindacato dei medici Anaao Assomed ha chiesto nuove assunzioni negli ospedali."
        XCTAssertEqual(claimSummaries(text).first?.source, "Anaao Assomed")
    }
}
