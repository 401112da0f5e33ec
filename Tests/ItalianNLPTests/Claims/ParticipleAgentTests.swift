import XCTest

@testable import ItalianNLP

/// The agent of a bare past participle ("firmata dalla dirigente X") is a candidate for the
/// roles and dropped subjects that follow.
final class ParticipleAgentTests: XCTestCase {
    func testTheAgentOfAParticipleIsWhomALaterRoleNames() {
        let text = "La nuova ordinanza, firmata dalla prefetta Anna Lodi, vieta i botti. "
            + "La prefetta difende il divieto. «Ogni anno contiamo decine di feriti», ha spiegato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Lodi")
    }

    func testAPlaceAfterAParticipleIsNoAgent() {
        let text = "Marta Sala è arrivata ieri a Parma. Il treno, partito da Parma, era in ritardo. "
            + "«Nessuno ci ha avvisato», ha raccontato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marta Sala")
    }
}
