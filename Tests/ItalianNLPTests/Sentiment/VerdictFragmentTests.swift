import XCTest
@testable import ItalianNLP

final class SentimentVerdictFragmentTests: XCTestCase {
    func testAVerdictAfterTheColonJudgesWhatCameBefore() {
        XCTAssertLessThan(SentimentTesting.frames("Tre euro l'ora per raccogliere pomodori: una vergogna.")["money"]?.stance ?? 0, 0)
    }

    func testANewsHeadlineJudgesWhatFollows() {
        XCTAssertGreaterThan(SentimentTesting.frames("Bella notizia per i precari: lo stipendio cresce del 10%.")["money"]?.stance ?? 0, 0)
    }

    func testAClauseIsNoVerdict() {
        // The part after the colon has a verb at its head and praises nothing about the pay.
        XCTAssertLessThan(SentimentTesting.frames("Stipendi bassi: così le città perdono i loro ingegneri migliori.")["money"]?.stance ?? 0, 0)
    }

    func testStrongerRulesKeepTheirStance() {
        // The rejection by "non per" is not replaced by the verdict.
        XCTAssertLessThan(SentimentTesting.frames("Non lo fa per i soldi: bellissimo.")["money"]?.stance ?? 0, 0)
    }

    func testIdiomsOfContempt() {
        XCTAssertLessThan(SentimentTesting.frames("Trenta euro lordi di aumento: un'elemosina, dicono i sindacati.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Dieci euro in più in busta paga: una presa in giro.")["money"]?.stance ?? 0, 0)
    }

    func testAVerdictOnTheChoiceLeavesTheEvaluatedPay() {
        // The verdict praises the choice; "meno pagato" still evaluates the pay.
        XCTAssertLessThan(SentimentTesting.frames("Ho preso un lavoro meno pagato vicino a casa: bellissimo.")["money"]?.stance ?? 0, 0)
    }
}
