import XCTest

@testable import ItalianNLP

/// Inputs the fuzzer (Fuzz/, Scripts/fuzz) found, and the shapes behind them, run through the whole
/// analysis as `itnlp analyze` does. The time limits are generous (a debug build on a busy
/// machine stays well inside them); before the fixes each of these took minutes.
final class FuzzRegressionTests: XCTestCase {
    /// What `itnlp analyze` does with bytes: decode, tokenise, claims with the sentiment of each,
    /// the document's sentiment, and the JSON. Returns the JSON's size and the claims.
    private func analyze(_ bytes: [UInt8]) -> (jsonBytes: Int, claims: [Claim], sentences: Int) {
        let text = DecodedText(utf8: bytes).text
        let tokenized = Tokenizer().tokenize(text)
        let claims = ClaimExtractor().extract(tokenized: tokenized)
        let analyzer = SentimentAnalyzer(options: .init(explain: false))
        for claim in claims.claims {
            let scored = analyzer.analyze(tokenized: tokenized, range: claim.content.range)
            XCTAssertTrue(scored.sentiment.score.isFinite)
        }
        let document = analyzer.analyze(tokenized: tokenized)
        XCTAssertTrue(document.sentiment.score.isFinite)
        var json = JSONBuffer()
        tokenized.writeSentencesJSON(to: &json)
        claims.writeJSONMembers(to: &json)
        return (json.bytes.count, claims.claims, document.sentences.count)
    }

    private func measure(_ body: () -> Void) -> Duration {
        ContinuousClock().measure(body)
    }

    /// crash-fae73924 (17 KB): NFC reorders the marks of two neighbouring segments ("\u{FFFD}" +
    /// acute accents + a below-mark, then U+0081 + marks); the offset map merged the two
    /// rewrites, so both tokens mapped to the whole stretch and their spans overlapped. Tokens
    /// must keep disjoint spans in text order.
    func testTokensInNeighbouringNFCRewritesKeepTheirOrder() {
        let text = String(repeating: "\u{0}", count: 8) + "\u{FFFD}" + String(repeating: "\u{301}", count: 91) + "\u{32B}"
            + "\u{81}" + String(repeating: "\u{301}", count: 4) + "\u{32B}" + "\u{FFFD}" + String(repeating: "\u{301}", count: 12)
        let tokens = Tokenizer().tokenize(text).tokens
        XCTAssertGreaterThanOrEqual(tokens.count, 3)
        var previousEnd = 0
        for token in tokens {
            XCTAssertGreaterThanOrEqual(token.span.utf8.lowerBound, previousEnd, "\(token.text.unicodeScalars.map { String($0.value, radix: 16) })")
            XCTAssertLessThanOrEqual(token.span.utf8.lowerBound, token.span.utf8.upperBound)
            previousEnd = token.span.utf8.upperBound
        }
        _ = analyze(Array(text.utf8))
    }

    /// timeout-b9b26c3d (10 KB): "ha detto che" about 790 times in one sentence, with a few bad
    /// bytes. Each cue's clause ran to the end of the sentence, so the claims nested: the rules
    /// took time cubic in the sentence's length and the JSON was quadratic (3.4 MB). The claim
    /// rules now see over-long sentences in windows of `ClaimDocument.maximumSentenceTokens`.
    func testChainOfReportingClausesInOneSentence() {
        var bytes = Array(String(repeating: "ha detto che ", count: 400).utf8)
        bytes += [0xFF, 0x0E, 0x5B, 0xC3]
        bytes += Array(String(repeating: "ha detto che ", count: 400).utf8)
        var result = (jsonBytes: 0, claims: [Claim](), sentences: 0)
        let elapsed = measure { result = analyze(bytes) }
        XCTAssertLessThan(elapsed, .seconds(60))
        XCTAssertFalse(result.claims.isEmpty)
        // Each claim's content stays within its window: output linear in the input.
        let contentBytes = result.claims.reduce(0) { $0 + $1.content.utf8.count }
        XCTAssertLessThan(contentBytes, 100 * bytes.count)
        XCTAssertLessThan(result.jsonBytes, 200 * bytes.count)
    }

    /// The same shape with a capitalised "Ha" (a name mention for the speaker finder): for each cue
    /// every mention was checked against every other, 99 s for 13 KB before the fix.
    func testCapitalisedChainWithDroppedSubjects() {
        let text = String(repeating: "Ha detto che ", count: 1_000) + "."
        var result = (jsonBytes: 0, claims: [Claim](), sentences: 0)
        let elapsed = measure { result = analyze(Array(text.utf8)) }
        XCTAssertLessThan(elapsed, .seconds(60))
        let contentBytes = result.claims.reduce(0) { $0 + $1.content.utf8.count }
        XCTAssertLessThan(contentBytes, 100 * text.utf8.count)
    }

    /// timeout-746d0c95 (10 KB of straight quotes): the role of each quotation looked back over
    /// every quotation mark before it for a title noun ("il film «…»"), quadratic in the run.
    func testLongRunOfStraightQuotes() {
        let text = String(repeating: "\"", count: 80_000)
        var claims: ClaimExtractionResult?
        let elapsed = measure { claims = ClaimExtractor().extract(text) }
        XCTAssertLessThan(elapsed, .seconds(30))
        XCTAssertEqual(claims?.claims.count, 0)
    }

    /// crash-09e4c206 (10 KB of "IL SIG. ROSSI HA DETTO: «NON È VERO»!" and noise): a quotation
    /// opening a sentence right after a colon that ended the sentence before made the noun-cue
    /// rule search the range `start..<start - 1`, a trap. Minimised: a colon, a line break, a quotation.
    func testQuotationAfterAColonThatEndsTheSentenceBefore() {
        for text in ["Ha detto:\n«Non è vero».", "La replica del ministro:\n\n«Non è vero».", ":\n«a»", "x:\n\n«»"] {
            let result = analyze(Array(text.utf8))
            XCTAssertGreaterThan(result.sentences, 0, text)
        }
        let text = "La replica del ministro:\n\n«Non è vero, non ci sono tagli».\n"
        let claims = ClaimExtractor().extract(text).claims
        XCTAssertEqual(claims.map(\.rule), [RuleID.nounCue.rawValue], "the noun cue before the colon still names the speaker")
    }

    /// One sentence of negators and correctives (84 KB): each negator's scope and each opener's
    /// clause ran across the whole sentence (half a minute for the 64 KB of "Non" in a release
    /// build); sentiment now scores over-long sentences in windows of
    /// `SentimentAnalyzer.maximumSentenceTokens`.
    func testLongSentenceOfNegatorsAndCorrectives() {
        let text = String(repeating: "Non ", count: 16_000) + String(repeating: "non solo X ma anche ", count: 1_000)
        let tokenized = Tokenizer().tokenize(text)
        var analysis: SentimentAnalysis?
        let elapsed = measure { analysis = SentimentAnalyzer(options: .init(explain: false)).analyze(tokenized: tokenized) }
        XCTAssertLessThan(elapsed, .seconds(60))
        XCTAssertEqual(analysis?.sentences.count, tokenized.sentences.count, "one sentiment per sentence, windows or not")
        XCTAssertEqual(analysis?.sentiment.score.isFinite, true)
    }

    /// Windows do not lose what a long sentence says: a reported clause after 300 words of the
    /// same sentence is still a claim, and the sentiment of a long sentence still counts.
    func testClaimsAndSentimentBeyondTheFirstWindow() {
        let filler = String(repeating: "parola ", count: 300)
        let text = filler + "e il ministro Marco Rossi ha detto che la riforma è un disastro terribile"
        XCTAssertGreaterThan(Tokenizer().tokenize(text).tokens.count, ClaimDocument.maximumSentenceTokens)
        let claims = ClaimExtractor().extract(text).claims
        XCTAssertTrue(claims.contains { text[$0.content.range].contains("la riforma è un disastro") }, "\(claims)")
        let analysis = SentimentAnalyzer().analyze(text)
        XCTAssertEqual(analysis.sentences.count, 1)
        XCTAssertLessThan(analysis.sentiment.score, 0)
        XCTAssertFalse(analysis.sentiment.explanation.isEmpty)
    }
}
