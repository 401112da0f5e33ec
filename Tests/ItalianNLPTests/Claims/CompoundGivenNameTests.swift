import XCTest

@testable import ItalianNLP

/// Given names written in two words ("Gian Marco", "Giovan Battista") open the person's name, so
/// that the surname alone names the whole person.
final class CompoundGivenNameTests: XCTestCase {
    func testGianOpensTheName() {
        let text = "Il premio è andato a Gian Carlo Sartori, 34 anni. Sartori ha detto che non se lo aspettava."
        XCTAssertEqual(claimSummaries(text).last?.source, "Gian Carlo Sartori")
    }

    func testGiovanOpensTheName() {
        let text = "«Il vino di quest'anno è ottimo», ha detto Giovan Battista Murru."
        XCTAssertEqual(claimSummaries(text).last?.source, "Giovan Battista Murru")
    }
}
