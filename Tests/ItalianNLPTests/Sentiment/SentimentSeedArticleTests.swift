import XCTest
@testable import ItalianNLP

/// The article the project started from: money is rejected in Zuckerberg's claims and mission
/// asserted.
final class SentimentSeedArticleTests: XCTestCase {
    func testMissionOverMoney() throws {
        let url = SentimentTesting.sharedFolder.appendingPathComponent("seed/article-it.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw XCTSkip("no seed article at \(url.path)")
        }
        let analysis = SentimentTesting.analysis(text)
        let mission = try XCTUnwrap(analysis.frames["mission"])
        let money = try XCTUnwrap(analysis.frames["money"])
        XCTAssertGreaterThan(mission.stance, 0)
        XCTAssertLessThan(money.stance, 0)
        XCTAssertGreaterThan(analysis.missionOverMoney, 0)
        XCTAssertNotEqual(analysis.sentiment.label, .negative)
        // The key sentence: "Non è lo stipendio, sostiene, ma l'attrazione unica di far progredire…"
        let key = try XCTUnwrap(analysis.sentences.first { text[$0.span.range].hasPrefix("Non è lo stipendio") })
        XCTAssertLessThan(key.frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(key.frames["mission"]?.stance ?? 0, 0)
    }
}
