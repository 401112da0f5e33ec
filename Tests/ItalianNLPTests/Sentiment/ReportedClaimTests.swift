import XCTest
@testable import ItalianNLP

final class SentimentReportedClaimTests: XCTestCase {
    func testAClaimRebuttedByTheWriterIsTurnedAround() {
        let frames = SentimentTesting.frames("Dicono che lo facciano per vocazione: io vedo soltanto un contratto d'oro.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Dicono che lo facciano per vocazione: io vedo soltanto un contratto d'oro.", "mission"), "ReportedClaim")
    }

    func testADeniedValueRebuttedIsAsserted() {
        XCTAssertGreaterThan(SentimentTesting.frames("Dicono che i medici di oggi non abbiano più passione. Io ne conosco decine che lavorano la notte.")["mission"]?.stance ?? 0, 0)
    }

    func testWhatTheRebuttalStatesIsAsserted() {
        let frames = SentimentTesting.frames("Il sindaco dice di agire per il bene comune; il suo stipendio da 9.000 euro racconta un'altra storia.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAClaimWithoutRebuttalKeepsItsStance() {
        XCTAssertGreaterThan(SentimentTesting.frames("Dicono che lo facciano per vocazione. Lavorano in ospedale da trent'anni.")["mission"]?.stance ?? 0, 0)
    }

    func testABeliefRebuttedAlike() {
        XCTAssertLessThan(SentimentTesting.frames("Molti credono che i medici restino per lo stipendio: io vedo colleghi che restano per i pazienti.")["money"]?.stance ?? 0, 0)
    }

    func testAClaimAfterAnEmoji() {
        // An emoji ends a sentence of a post: the claim after it opens its own.
        let text = "Cinque anni di cooperativa oggi, che festa 🥳 Qualcuno dice che si lavora qui per il bonus: noi restiamo per le persone."
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testTheRebuttalOfAClaimedMotiveIsTheOtherMotive() {
        let frames = SentimentTesting.frames("Dicono che i medici restino per lo stipendio. Io vedo colleghi che restano la notte accanto ai loro pazienti.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        // Evoked money must say what really drives: a rebuttal that only describes evokes none.
        XCTAssertNil(SentimentTesting.frames("Dicono che lo faccia per passione. Io vedo un uomo stanco.")["money"])
    }
}
