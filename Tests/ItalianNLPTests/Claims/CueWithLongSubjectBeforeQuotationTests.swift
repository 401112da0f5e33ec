import XCTest

@testable import ItalianNLP

/// "Lo conferma il presidente della Provincia, Walter Degasperi: «…»": a cue, its long inverted
/// subject and a colon announce the quotation.
final class CueWithLongSubjectBeforeQuotationTests: XCTestCase {
    func testTheCliticCueWithALongSubjectAndAColon() {
        let text = "Il Comune ha stanziato i fondi. Lo conferma l'assessora al Bilancio del Comune di Lodi, Carla Verri: "
            + "«I bonifici partiranno entro dicembre»."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.kind, .direct)
        XCTAssertEqual(claim?.source, "Carla Verri")
        XCTAssertEqual(claim?.content, "I bonifici partiranno entro dicembre")
    }

    func testLoBeforeAClaimNounFormIsTheClitic() {
        // "lo" is an article only before s + consonant, z, gn, ps: "lo conferma" is a verb.
        XCTAssertFalse(CueFinder.takesLoArticle("conferma"))
        XCTAssertTrue(CueFinder.takesLoArticle("sfogo"))
        XCTAssertTrue(CueFinder.takesLoArticle("zio"))
        XCTAssertTrue(CueFinder.takesLoArticle("psicologo"))
        XCTAssertTrue(CueFinder.takesLoArticle("studio"))
    }
}
