import XCTest
@testable import ItalianNLP

final class SentimentClauseMoodTests: XCTestCase {
    func testIrregularFormsAreListed() {
        XCTAssertEqual(ClauseMood.mood(of: "hanno"), .indicative)
        XCTAssertEqual(ClauseMood.mood(of: "vanno"), .indicative)
        XCTAssertEqual(ClauseMood.mood(of: "abbiano"), .subjunctive)
        XCTAssertEqual(ClauseMood.mood(of: "possa"), .subjunctive)
    }

    func testRegularFormsAreReadFromTheirInfinitive() {
        // pagare, restare: -ano is the indicative, -ino the subjunctive.
        XCTAssertEqual(ClauseMood.mood(of: "pagano"), .indicative)
        XCTAssertEqual(ClauseMood.mood(of: "restino"), .subjunctive)
        // leggere, dormire: -ono is the indicative, -ano the subjunctive.
        XCTAssertEqual(ClauseMood.mood(of: "leggono"), .indicative)
        XCTAssertEqual(ClauseMood.mood(of: "leggano"), .subjunctive)
        XCTAssertEqual(ClauseMood.mood(of: "potessero"), .subjunctive)
        XCTAssertEqual(ClauseMood.mood(of: "entravano"), .indicative)
        XCTAssertEqual(ClauseMood.mood(of: "finiscono"), .indicative)
    }

    func testNounsAndConditionalsShowNothing() {
        XCTAssertNil(ClauseMood.mood(of: "quartiere"))
        XCTAssertNil(ClauseMood.mood(of: "bambini"))
        XCTAssertNil(ClauseMood.mood(of: "saprebbero"))
        XCTAssertNil(ClauseMood.mood(of: "di"))
    }
}
