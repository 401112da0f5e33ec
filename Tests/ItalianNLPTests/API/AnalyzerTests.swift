import XCTest

@testable import ItalianNLP

final class AnalyzerTests: XCTestCase {
    let text = "«Non lo faccio per lo stipendio», ha detto l'infermiera Giulia Serra. Secondo il sindacato, i turni sono massacranti. Il reparto riapre lunedì."

    func testOneCallGivesWhatTheSeparateAnalysesGive() {
        let document = Analyzer().analyze(text)
        let extraction = ClaimExtractor().extract(text)
        let sentiment = SentimentAnalyzer().analyze(text)
        XCTAssertEqual(document.claims, extraction.claims)
        XCTAssertEqual(document.quotations, extraction.quotations)
        XCTAssertEqual(document.sentences, extraction.tokenized.sentences)
        XCTAssertEqual(document.sentiment, sentiment.sentiment)
        XCTAssertEqual(document.frames, sentiment.frames)
        XCTAssertEqual(document.missionOverMoney, sentiment.missionOverMoney)
        XCTAssertEqual(document.sentenceSentiments.count, 3)
        XCTAssertEqual(document.text, text)
        XCTAssertEqual(document.warnings, [])
    }

    func testEveryClaimHasTheSentimentOfItsContent() {
        let analyzer = Analyzer()
        let document = analyzer.analyze(text)
        XCTAssertEqual(document.claims.map { $0.source ?? "?" }, ["Giulia Serra", "sindacato"])
        XCTAssertEqual(document.claimSentiments.count, document.claims.count)
        let sentiment = SentimentAnalyzer()
        for (claim, scored) in zip(document.claims, document.claimSentiments) {
            let alone = sentiment.analyze(text, range: claim.content.range)
            XCTAssertEqual(scored.sentiment, alone.sentiment)
            XCTAssertEqual(scored.frames, alone.frames)
        }
        // The first claim rejects money as a motive; the second is negative ("massacranti").
        XCTAssertLessThan(document.claimSentiments[0].frames["money"]?.stance ?? 0, 0)
        XCTAssertEqual(document.claimSentiments[1].sentiment.label, .negative)
    }

    func testOptionsReachBothAnalyses() throws {
        let quiet = Analyzer(options: .init(explain: false, minimumConfidence: 0.85))
        let document = quiet.analyze(text)
        XCTAssertTrue(document.sentiment.explanation.isEmpty)
        XCTAssertTrue(document.claims.allSatisfy { $0.confidence >= 0.85 })
        XCTAssertLessThan(document.claims.count, Analyzer().analyze(text).claims.count)

        let lexicon = try FrameLexicon(tsv: "care\tturno\t1\n")
        let frames = Analyzer(options: .init(frames: lexicon)).analyze(text)
        XCTAssertEqual(Set(frames.frames.keys), ["care"])
    }

    func testBadInputGivesAResultWithWarnings() {
        let decoded = DecodedText(utf8: Array("Il sindaco ha detto che ".utf8) + [0xFF, 0xFE] + Array(" va bene.".utf8))
        let document = Analyzer().analyze(decoded.text)
        XCTAssertEqual(document.claims.count, 1)
        XCTAssertNotNil(decoded.warning)
        for text in ["", " \n\n ", "«««", "\u{0}\u{1}"] {
            let empty = Analyzer().analyze(text)
            XCTAssertEqual(empty.claims, [])
            XCTAssertEqual(empty.claimSentiments, [])
        }
    }

    func testOneAnalyzerServesManyTasks() async {
        let analyzer = Analyzer()
        let text = self.text
        let expected = analyzer.analyze(text).claims
        let results = await withTaskGroup(of: [Claim].self) { group in
            for _ in 0..<16 { group.addTask { analyzer.analyze(text).claims } }
            var all: [[Claim]] = []
            for await claims in group { all.append(claims) }
            return all
        }
        XCTAssertEqual(results.count, 16)
        XCTAssertTrue(results.allSatisfy { $0 == expected })
    }
}
