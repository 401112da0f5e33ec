import XCTest
@testable import ItalianNLP

final class SentimentSecondPlaceTests: XCTestCase {
    func testAFrameRankedSecondIsDemoted() {
        XCTAssertEqual(SentimentTesting.frameRule("In questo mestiere i soldi passano in secondo piano.", "money"), SecondPlace.name)
        XCTAssertLessThan(SentimentTesting.frames("In questo mestiere i soldi passano in secondo piano.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Per un'ostetrica la retribuzione viene dopo.")["money"]?.stance ?? 0, 0)
    }

    func testAFrameRankedFirstIsAsserted() {
        XCTAssertGreaterThan(SentimentTesting.frames("Da noi la ricerca viene prima di tutto.")["mission"]?.stance ?? 0, 0)
    }

    func testASurveysRankingIsAReport() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Secondo l'indagine, metà dei giovani mette il salario al primo posto.", "money"), SecondPlace.name)
    }

    func testASecondarySchoolIsNoRanking() {
        XCTAssertNotEqual(SentimentTesting.frameRule("La sua passione per la chimica l'ha portata alla scuola secondaria di Cento.", "mission"), SecondPlace.name)
        XCTAssertEqual(SentimentTesting.frameRule("Per molti di noi lo stipendio è secondario.", "money"), SecondPlace.name)
    }

    func testComingAfterSomethingIsATime() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il bonus viene dopo la firma del contratto.", "money"), SecondPlace.name)
    }
}
