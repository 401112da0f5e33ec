import XCTest

@testable import ItalianNLP

/// "Per" before a group of people that tells of an event opens no attribution.
final class PerNarrativeClauseTests: XCTestCase {
    func testAnEventBeginningForManyVisitorsIsNoClaim() {
        let text = "Il museo ha riaperto dopo i lavori. Per molti visitatori la mattinata è cominciata con due ore di coda."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testAnArrivalForThemIsNoClaim() {
        let text = "I soci della cooperativa aspettano dal 2020. Per loro il rimborso arriverà soltanto l'anno prossimo."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testAReportingVerbAfterACommaTakesTheSentence() {
        let text = "Per i pendolari della linea il ritardo resta la prima preoccupazione, ha detto l'assessore Carlo Fumagalli."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.source, "Carlo Fumagalli")
    }

    func testAnOpinionOfManyIsStillAClaim() {
        let text = "Il governo ha presentato la riforma. Per molti economisti la misura costerà troppo alle casse pubbliche."
        XCTAssertEqual(claimSummaries(text).first?.kind, .according)
    }

    func testASinglePersonKeepsTheOpinionReading() {
        let text = "Per il sindaco Mario Landi la crisi è cominciata con la giunta precedente."
        XCTAssertEqual(claimSummaries(text).first?.source, "Mario Landi")
    }
}

/// A verb of ending that closes the clause is a judgment, not an event.
final class PerNarrativeJudgmentTests: XCTestCase {
    func testAnEndThatClosesTheClauseIsAnOpinion() {
        let text = "La banca centrale si riunirà giovedì. Per molti operatori la stagione dei tagli è finita."
        XCTAssertEqual(claimSummaries(text).first?.source, "molti operatori")
    }
}
