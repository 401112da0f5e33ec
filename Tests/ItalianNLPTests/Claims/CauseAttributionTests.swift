import XCTest

@testable import ItalianNLP

/// "ha attribuito il calo al prezzo dell'energia": a cause given by the speaker is a claim.
final class CauseAttributionTests: XCTestCase {
    func testACauseAfterTheObject() {
        let claims = claimSummaries("Il presidente della cooperativa, Dario Fumagalli, ha attribuito la perdita alla grandine di luglio.")
        XCTAssertEqual(claims.first?.content, "la perdita alla grandine di luglio")
        XCTAssertEqual(claims.first?.source, "Dario Fumagalli")
    }

    func testAThingHandedToSomeoneIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il sindaco Marco Villa ha attribuito le deleghe ai nuovi assessori.").isEmpty)
    }

    func testAnObjectWithoutACauseIsNoClaim() {
        XCTAssertTrue(claimSummaries("La giuria, presieduta da Anna Berti, ha attribuito un valore simbolico.").isEmpty)
    }
}
