import XCTest
@testable import ItalianNLP

final class SentimentLikedWorkTests: XCTestCase {
    func testALikingDemotedByAContrastWithPayIsAMissionRejected() {
        let text = "Mi piace fare il restauratore, però con quello stipendio non si paga nemmeno il gasolio."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), LikedWork.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        let conceded = "Anche se il mestiere le piaceva, è passata in assicurazione per lo stipendio."
        XCTAssertEqual(SentimentTesting.frameRule(conceded, "mission"), LikedWork.name)
        XCTAssertLessThan(SentimentTesting.frames(conceded)["mission"]?.stance ?? 0, 0)
        let love = "L'amore per la ceramica è tanto, ma i soldi per il forno non ce li ho."
        XCTAssertEqual(SentimentTesting.frameRule(love, "mission"), LikedWork.name)
    }

    func testALikingBesidePayIsAsserted() {
        let text = "Adoro restaurare i mobili antichi e il compenso è onesto."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), LikedWork.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testNoMoneyAPersonOrMoneyLikedEvokeNothing() {
        // No money in the sentence: a pastime.
        XCTAssertNil(SentimentTesting.frames("Mi piace camminare in montagna la domenica mattina.")["mission"])
        // People loved, and money liked, are no passion for the work.
        XCTAssertNil(SentimentTesting.frames("Ama sua moglie e guadagna bene.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Gli piacciono i soldi facili.")["mission"])
    }

    /// "per amore di" with its object is a liking too.
    func testLoveOfAThing() {
        let text = "Guadagna poco, ma resta in quel rifugio per amore delle montagne."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), LikedWork.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        // Love of a person is no passion for the work.
        XCTAssertNotEqual(SentimentTesting.frameRule("Guadagna poco, ma resta in città per amore di sua moglie.", "mission"), LikedWork.name)
    }
}
