import XCTest

@testable import ItalianNLP

/// "accusa la giunta di aver …", "invita a non …": the reported infinitive after the verb's object.
final class ObjectThenInfinitiveTests: XCTestCase {
    func testAnAccusationWithItsObject() {
        let claims = claimSummaries("Il consigliere Marco Pini accusa la giunta di aver sottovalutato il rischio frane.")
        XCTAssertEqual(claims.first?.content, "aver sottovalutato il rischio frane")
        XCTAssertEqual(claims.first?.source, "Marco Pini")
    }

    func testAnExhortationWithoutObject() {
        let claims = claimSummaries("La geologa Anna Riva invita però a non drammatizzare i dati di febbraio.")
        XCTAssertEqual(claims.first?.content, "non drammatizzare i dati di febbraio")
    }

    func testAnInvitationWithAnObject() {
        let claims = claimSummaries("Il sindaco ha invitato i cittadini del centro a restare in casa.")
        XCTAssertEqual(claims.first?.content, "restare in casa")
        // The same words as a plain complement report nothing: "ha invitato i cittadini alla festa".
        XCTAssertTrue(claimSummaries("Il sindaco ha invitato i cittadini alla festa.").isEmpty)
    }
}
