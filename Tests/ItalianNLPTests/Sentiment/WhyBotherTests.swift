import XCTest
@testable import ItalianNLP

final class SentimentWhyBotherTests: XCTestCase {
    func testThePayIsTheReasonAgainst() {
        XCTAssertLessThan(SentimentTesting.frames("Chi glielo fa fare, per milleduecento euro al mese?")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Ma chi ve lo fa fare, con lo stipendio che vi danno?")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Chi te lo fa fare con quella paga?", "money"), WhyBother.name)
    }

    func testOnlyTheIdiom() {
        XCTAssertFalse(WhyBother.asks(SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Chi fa il turno di notte prende l'indennità.").tokens)))
        XCTAssertNotEqual(SentimentTesting.frameRule("Chi fa questo lavoro merita uno stipendio migliore.", "money"), WhyBother.name)
    }
}
