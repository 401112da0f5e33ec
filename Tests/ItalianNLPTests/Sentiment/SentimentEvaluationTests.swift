import XCTest
@testable import ItalianNLP

/// The evaluation code on toy data, and the committed levels on the real data when `../shared`
/// and the fixture are present.
final class SentimentEvaluationTests: XCTestCase {
    func testCSVParser() {
        let table = CSVTable(text: "id,text,V\n1,\"Ciao, mondo\",3.5\n2,\"Disse \"\"no\"\"\n\",1\n")
        XCTAssertEqual(table.header, ["id", "text", "V"])
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows[0][1], "Ciao, mondo")
        XCTAssertEqual(table.rows[1][1], "Disse \"no\"\n")
    }

    func testSentipolcMetricOnToyData() throws {
        let csv = """
            "idtwitter","subj","opos","oneg","iro","lpos","lneg","top","text"
            "1",1,1,0,0,1,0,1,"Che bella giornata, sono felicissimo!"
            "2",1,0,1,0,0,1,1,"Che schifo, una vergogna."
            "3",0,0,0,0,0,0,1,"Il treno parte alle nove."
            "4",1,1,1,0,1,1,1,"Il cibo è ottimo ma il servizio è pessimo."
            """
        let result = try SentimentEvaluation.sentipolc(csv: csv, analyzer: SentimentTesting.analyzer)
        XCTAssertEqual(result.count, 4)
        XCTAssertEqual(result.score, 1, accuracy: 0.0001)
    }

    func testPearson() {
        XCTAssertEqual(SentimentEvaluation.pearson([1, 2, 3], [2, 4, 6]), 1, accuracy: 1e-9)
        XCTAssertEqual(SentimentEvaluation.pearson([1, 2, 3], [3, 2, 1]), -1, accuracy: 1e-9)
        XCTAssertEqual(SentimentEvaluation.pearson([1, 1, 1], [3, 2, 1]), 0)
    }

    func testFrameMetricOnToyData() throws {
        let jsonl = """
            {"id": "t1", "text": "Non è lo stipendio, ma la missione.", "frames": {"mission": {"present": true, "stance": 1}, "money": {"present": true, "stance": -1}}}
            {"id": "t2", "text": "Il treno parte alle nove.", "frames": {"mission": {"present": false, "stance": 0}, "money": {"present": false, "stance": 0}}}
            """
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentTesting.analyzer)
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.presenceF1, 1)
        // Each frame has one gold stance class; the other class, with no gold and no prediction, scores 1.
        XCTAssertEqual(result.stanceF1, 1, accuracy: 0.0001)
        XCTAssertTrue(result.errors.isEmpty)
    }

    // MARK: Levels reached (measured with `itnlp eval-sentiment`); they guard against regressions.

    func testSentipolcLevel() throws {
        let url = SentimentTesting.sharedFolder.appendingPathComponent("data/sentiment/sentipolc2016/train.csv")
        guard let csv = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no SENTIPOLC data at \(url.path)") }
        let result = try SentimentEvaluation.sentipolc(csv: csv, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.score, 0.63, "SENTIPOLC 2016 official polarity score")
    }

    func testEmotivitaLevel() throws {
        let url = SentimentTesting.sharedFolder.appendingPathComponent("data/sentiment/emotivita/development.csv")
        guard let csv = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no EmotivITA data at \(url.path)") }
        let result = try SentimentEvaluation.emotivita(csv: csv, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.pearson, 0.445, "EmotivITA Pearson r of valence")
    }

    func testFrameFixtureDevLevel() throws {
        let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/dev.jsonl")
        guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.presenceF1, 0.95, "frame presence F1 on dev.jsonl")
        XCTAssertGreaterThanOrEqual(result.stanceF1, 0.90, "frame stance F1 on dev.jsonl")
    }

    /// A regression guard on the later development files (never the blind ones): each stays at
    /// presence ≥ 0.93 and stance ≥ 0.85, a little under what the rules reach on them now (the
    /// lowest: dev3, 0.948 / 0.873).
    func testFrameFixtureLaterDevFiles() throws {
        for name in ["dev2", "dev3", "dev4", "dev5", "dev6"] {
            let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/\(name).jsonl")
            guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
            let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
            XCTAssertGreaterThanOrEqual(result.presenceF1, 0.93, "frame presence F1 on \(name).jsonl")
            XCTAssertGreaterThanOrEqual(result.stanceF1, 0.85, "frame stance F1 on \(name).jsonl")
        }
    }

    /// dev7 (written to the weak spots: evoked frames, irony, rhetorical questions) stays at
    /// presence ≥ 0.93 and stance ≥ 0.82, a little under what the rules reach on it now
    /// (0.952 / 0.846; 0.822 / 0.523 before they were tuned on it).
    func testFrameFixtureDev7() throws {
        let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/dev7.jsonl")
        guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.presenceF1, 0.93, "frame presence F1 on dev7.jsonl")
        XCTAssertGreaterThanOrEqual(result.stanceF1, 0.82, "frame stance F1 on dev7.jsonl")
    }

    /// dev10 (everyday words of mission and money, written before the frames10 round changed any
    /// rule: 0.885 / 0.656 then, 0.942 / 0.721 after it) stays at presence ≥ 0.94 and stance ≥
    /// 0.76, a little under what the rules reach on it since the frames11 round (0.955 / 0.781).
    func testFrameFixtureDev10() throws {
        let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/dev10.jsonl")
        guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.presenceF1, 0.94, "frame presence F1 on dev10.jsonl")
        XCTAssertGreaterThanOrEqual(result.stanceF1, 0.76, "frame stance F1 on dev10.jsonl")
    }

    /// dev11 (neutral figures, money given away, irony, concessions, stance words far from the
    /// frame word; written and committed before the frames11 round read any rule: 0.917 / 0.561
    /// then) stays at presence ≥ 0.92 and stance ≥ 0.77, a little under what the rules reach on
    /// it now.
    func testFrameFixtureDev11() throws {
        let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/dev11.jsonl")
        guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.presenceF1, 0.92, "frame presence F1 on dev11.jsonl")
        XCTAssertGreaterThanOrEqual(result.stanceF1, 0.77, "frame stance F1 on dev11.jsonl")
    }

    /// dev15 (mission as the foil of a contrast, mission told by an event, irony, pay in kind, a
    /// causal "perché"; written and committed before the frames15 round changed any rule: 0.838 /
    /// 0.684 then, 0.922 / 0.857 after it) stays at presence ≥ 0.90 and stance ≥ 0.83.
    func testFrameFixtureDev15() throws {
        let url = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames/dev15.jsonl")
        guard let jsonl = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("no frame fixture at \(url.path)") }
        let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: SentimentAnalyzer(options: .init(explain: false)))
        XCTAssertGreaterThanOrEqual(result.presenceF1, 0.90, "frame presence F1 on dev15.jsonl")
        XCTAssertGreaterThanOrEqual(result.stanceF1, 0.83, "frame stance F1 on dev15.jsonl")
    }
}
