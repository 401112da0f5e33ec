import XCTest

@testable import ItalianNLP

/// After a quotation's cue, an article and a noun the role lexicon lacks is the cue's subject.
final class UnlistedNounSubjectTests: XCTestCase {
    func testTheNameInAppositionToAnUnlistedNoun() {
        let text = "Il porto è stato chiuso. «Ci hanno detto di correre», racconta una viaggiatrice, Carla Onesti, 58 anni."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Onesti")
    }

    func testAnUnlistedNounWithItsComplementAndARelativeAfterIt() {
        let text = "Il comandante Pietro Sala ha parlato ai cronisti. "
            + "«Poteva finire peggio», dice un mozzo della nave che chiede di restare anonimo."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first { $0.content == "Poteva finire peggio" }?.source, "mozzo della nave")
        XCTAssertEqual(claims.first { $0.content == "restare anonimo" }?.source, "mozzo della nave")
    }

    func testAnIndirectObjectIsNoSubject() {
        let text = "Il sindaco Ugo Neri è arrivato alle nove. «Resteremo qui», ha detto ai cronisti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Ugo Neri")
    }
}
