import Foundation
import XCTest

@testable import ItalianNLP

/// The answers a forms object remembers: none before anyone asks, the words stored after, and
/// the same words whichever thread stored them.
final class TokenFormsTests: XCTestCase {
    func testMemosStartEmptyAndKeepWhatIsStored() {
        let forms = TokenForms(surface: "Detto", normalized: "detto", expansion: [])
        XCTAssertEqual(forms.claimMemoWord, 0)
        XCTAssertNil(forms.sentimentMemoWords)
        forms.rememberClaimMemoWord(TokenForms.rememberedFlag | 5)
        forms.rememberSentimentMemoWords(first: TokenForms.rememberedFlag | 7, classes: 1 << 40)
        XCTAssertEqual(forms.claimMemoWord, TokenForms.rememberedFlag | 5)
        XCTAssertEqual(forms.sentimentMemoWords?.first, TokenForms.rememberedFlag | 7)
        XCTAssertEqual(forms.sentimentMemoWords?.classes, 1 << 40)
    }

    /// Threads that ask of the same forms objects at once (the shared form memo hands one object
    /// to every thread) all get the answers a single thread gets.
    func testConcurrentClaimsAndSentimentAgree() {
        let text = "Il ministro Carlo Neri ha detto: «Non è lo stipendio, ma la missione». Secondo l’Inps, i conti tornano."
        let expectedClaims = ClaimExtractor().extract(text).claims
        let expectedSentiment = SentimentAnalyzer().analyze(text)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(ClaimExtractor().extract(text).claims, expectedClaims)
            let analysis = SentimentAnalyzer().analyze(text)
            XCTAssertEqual(analysis.sentiment, expectedSentiment.sentiment)
            XCTAssertEqual(analysis.frames, expectedSentiment.frames)
        }
    }
}
