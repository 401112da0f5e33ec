import XCTest
@testable import ItalianNLP

final class SentimentSarcasticConsequenceTests: XCTestCase {
    func testAGrantedClaimMockedByAConsequenceIsTurnedAround() {
        let text = "Ma certo, i cuochi lavorano per passione, quindi perché pagare gli straordinari?"
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), SarcasticConsequence.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testAcrossAColonTheClaimBeforeIsTurnedAround() {
        let text = "Già, nei call center tutti lavorano per vocazione: è per questo che metà dei ragazzi se ne va dopo tre mesi."
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testWithoutTheOpenerOrTheConsequenceNothingIsTurned() {
        XCTAssertGreaterThan(SentimentTesting.frames("Lavoro in corsia per vocazione, quindi non mi pesa restare la notte.")["mission"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule("Certo, la passione conta, ma conta anche lo stipendio.", "mission"), SarcasticConsequence.name)
    }
}
