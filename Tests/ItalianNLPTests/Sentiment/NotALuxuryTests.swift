import XCTest
@testable import ItalianNLP

final class SentimentNotALuxuryTests: XCTestCase {
    func testDenyingThatAFrameIsDispensableAssertsIt() {
        XCTAssertGreaterThan(SentimentTesting.frames("Uno stipendio adeguato per le maestre non è un lusso.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("La ricerca scientifica non è uno spreco di denaro pubblico, è il nostro futuro.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Il volontariato non è mai stato un capriccio da ricchi annoiati.")["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("La solidarietà tra colleghi non è un favore.", "mission"), NotALuxury.name)
    }

    func testAPostponedSubject() {
        XCTAssertGreaterThan(SentimentTesting.frames("Non è un privilegio avere uno stipendio che basti per l'affitto.")["money"]?.stance ?? 0, 0)
    }

    func testOtherDenialsStillReject() {
        // The predicate is no dispensable thing: the frame itself is denied.
        XCTAssertLessThan(SentimentTesting.frames("Lo stipendio non è mai stato il punto.")["money"]?.stance ?? 0, 0)
        // A luxury one cannot afford.
        XCTAssertNil(NotALuxury().verdict(
            for: occurrence("La passione non è un lusso che posso permettermi.", frame: "mission").0,
            in: occurrence("La passione non è un lusso che posso permettermi.", frame: "mission").1))
    }

    /// The first occurrence of `frame` in a one-sentence text, with its context.
    private func occurrence(_ text: String, frame: String) -> (FrameOccurrence, FrameStanceContext) {
        let tokens = Tokenizer().tokenize(text).tokens
        let state = SentenceSentimentScorer.shared.analyze(tokens)
        let occurrences = FrameTermMatcher(lexicon: .default).occurrences(in: state)
        let context = FrameStanceContext(state: state, occurrences: occurrences)
        guard let found = occurrences.first(where: { $0.term.frame == frame }) else {
            XCTFail("no \(frame) term in \(text)")
            return (FrameOccurrence(term: FrameLexicon.Term(frame: frame, phrase: "", weight: 1, words: []), units: 0..<0), context)
        }
        return (found, context)
    }
}
