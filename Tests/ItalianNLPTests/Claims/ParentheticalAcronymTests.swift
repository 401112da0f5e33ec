import XCTest

@testable import ItalianNLP

/// A short name between brackets right after an organisation's name is another name of it.
final class ParentheticalAcronymTests: XCTestCase {
    func testTheAcronymInBracketsNamesTheBody() {
        let text = "Lo studio è dell'Istituto nazionale di statistica (Istat). L'Istat sottolinea che i prezzi calano."
        XCTAssertEqual(claimSummaries(text).last?.source, "Istituto nazionale di statistica")
    }

    func testABodyWithAFieldKeepsItsWholeName() {
        let text = "L'Osservatorio sulle acque alpine (Oaa) ha pubblicato i dati. L'osservatorio precisa che i laghi sono in secca."
        XCTAssertEqual(claimSummaries(text).last?.source, "Osservatorio sulle acque alpine")
    }
}
