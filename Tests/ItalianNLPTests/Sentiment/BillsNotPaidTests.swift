import XCTest
@testable import ItalianNLP

final class SentimentBillsNotPaidTests: XCTestCase {
    func testIdealsDoNotPayTheBills() {
        let frames = SentimentTesting.frames("Con gli ideali non si pagano le bollette, gli ha risposto il padre.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testACliticDoublesTheBill() {
        let frames = SentimentTesting.frames("La vocazione è nobile, ma l'affitto non lo paga.")
        XCTAssertEqual(SentimentTesting.frameRule("La vocazione è nobile, ma l'affitto non lo paga.", "money"), "BillsNotPaid")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAnUnpaidWorkerIsNotABill() {
        // No bill: an ordinary negated payment stays a rejection.
        XCTAssertLessThan(SentimentTesting.frames("Il comune non paga i suoi fornitori da un anno, e i tecnici nemmeno.")["money"]?.stance ?? 0, 0)
    }

    func testARentedRoomIsABill() {
        let frames = SentimentTesting.frames("Con la passione non mi pago nemmeno la stanza.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testIdealsDoNotFillTheFridge() {
        let frames = SentimentTesting.frames("La passione non riempie la pancia.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Con la vocazione non si riempie il frigo.", "money"), "BillsNotPaid")
    }

    /// A negated belief reaches the bills its clause says are not paid.
    func testARaisedNegationReachesTheBills() {
        let text = "Non penso che la vocazione basti a pagare l'affitto."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), BillsNotPaid.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }
}
