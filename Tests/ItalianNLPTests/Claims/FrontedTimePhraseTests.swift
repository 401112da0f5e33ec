import XCTest

@testable import ItalianNLP

/// A two-word time phrase opening the clause leaves the subject after it the clause's subject.
final class FrontedTimePhraseTests: XCTestCase {
    func testYesterdayEvening() {
        let text = "A Cagliari i residenti protestano da mesi. Ieri sera il comitato di quartiere ha chiesto al Comune di chiudere i locali a mezzanotte."
        XCTAssertEqual(claimSummaries(text).first?.source, "comitato di quartiere")
    }

    func testAWeekdayAndAPartOfTheDay() {
        let text = "Il fiume è salito di due metri. Lunedì pomeriggio la Regione ha fatto sapere che gli argini reggono."
        XCTAssertEqual(claimSummaries(text).first?.source, "Regione")
    }
}
