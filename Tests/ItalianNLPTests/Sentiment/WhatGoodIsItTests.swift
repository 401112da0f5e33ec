import XCTest
@testable import ItalianNLP

final class SentimentWhatGoodIsItTests: XCTestCase {
    func testWhatGoodIsTheFrameDeniesIt() {
        XCTAssertEqual(SentimentTesting.frameRule("A che servono i soldi se non hai nessuno con cui goderteli?", "money"), WhatGoodIsIt.name)
        XCTAssertLessThan(SentimentTesting.frames("A che servono i soldi se non hai nessuno con cui goderteli?")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Che me ne faccio degli ideali quando il frigo è vuoto?")["mission"]?.stance ?? 0, 0)
    }

    func testAStatementIsNoQuestion() {
        XCTAssertNotEqual(SentimentTesting.frameRule("A cosa serve il bonus lo spiega la circolare di ieri.", "money"), WhatGoodIsIt.name)
    }

    func testWhatNeedIsThereOfIt() {
        XCTAssertEqual(SentimentTesting.frameRule("Che bisogno c'è di uno stipendio così alto per un consigliere?", "money"), WhatGoodIsIt.name)
        // Not a question: a need stated.
        XCTAssertNotEqual(SentimentTesting.frameRule("Il bisogno di uno stipendio dignitoso è di tutti.", "money"), WhatGoodIsIt.name)
    }
}
