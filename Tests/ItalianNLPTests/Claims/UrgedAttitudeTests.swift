import XCTest

@testable import ItalianNLP

/// "invita alla prudenza": a verb of urging with an abstract noun after "a".
final class UrgedAttitudeTests: XCTestCase {
    func testAnUrgedAttitude() {
        let text = "Il virus è tornato a circolare in provincia. L'Agenzia di tutela della salute invita alla massima prudenza."
        XCTAssertEqual(claimSummaries(text).last?.content, "alla massima prudenza")
    }

    func testAnAbstractNounInIta() {
        let text = "Il consiglio si è diviso sul bilancio. Il presidente Mario Fontana ha esortato all'unità."
        XCTAssertEqual(claimSummaries(text).last?.content, "all'unità")
    }

    func testAnInvitationToAnEventIsNoClaim() {
        let text = "Il paese prepara la sagra. La sindaca Carla Bini ha invitato alla festa tutti i residenti."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testAnInfinitiveAfterAIsTheUrgedAct() {
        let text = "I negoziati sono ripresi. La climatologa Anna Berti invita però a non drammatizzare: il vertice è vicino."
        XCTAssertEqual(claimSummaries(text).last?.content, "non drammatizzare")
    }
}
