import XCTest

@testable import ItalianNLP

/// A noun for a kind of person right after an unnamed role spoke describes that speaker again.
final class RoleSpeakerRedescribedTests: XCTestCase {
    func testThePhysicianIsTheHeadOfDepartmentWhoSpoke() {
        let text = "«Il bambino respira da solo», ha detto il primario. Il medico ha spiegato che l'intervento è durato sei ore."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["primario", "primario"])
    }

    func testAnotherOfficeIsAnotherPerson() {
        let text = "«Il bilancio è solido», ha detto il sindaco. Il consigliere ha replicato che mancano due milioni."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["sindaco", "consigliere"])
    }
}
