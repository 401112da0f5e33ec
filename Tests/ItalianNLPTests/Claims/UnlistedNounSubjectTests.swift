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

/// An unlisted noun after a quotation's cue with a body in its complement, or a name right after it.
final class UnlistedNounSubjectComplementTests: XCTestCase {
    func testABodyInTheComplementBelongsToTheNoun() {
        let text = "Il fiume è esondato nella notte. «Siamo arrivati con le barche», racconta un soccorritore della Misericordia."
        XCTAssertEqual(claimSummaries(text).last?.source, "soccorritore della Misericordia")
    }

    func testAFullNameRightAfterTheNounIsTheSubject() {
        let text = "Il museo riapre domani. «Le sale sono più luminose», osserva lo storico dell'arte Carlo Bellini, che vi ha lavorato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carlo Bellini")
    }
}
