import XCTest

@testable import ItalianNLP

/// "di fare", "di farlo", "di opporsi": short and truncated infinitives after "di".
final class ShortInfinitivesTests: XCTestCase {
    func testAnAccusationWithFare() {
        let text = "La seduta è stata lunga. Il capogruppo Piero Sala ha accusato la maggioranza di fare melina."
        XCTAssertEqual(claimSummaries(text).last?.content, "fare melina")
    }

    func testAPromiseWithAClitic() {
        let text = "Il cantiere è fermo da mesi. La sindaca Nadia Conti ha promesso di farlo ripartire entro giugno."
        XCTAssertEqual(claimSummaries(text).last?.content, "farlo ripartire entro giugno")
    }

    func testATruncatedRreVerb() {
        let text = "La Regione ha presentato il piano. Il comitato Valle Verde ha chiesto ai sindaci di opporsi al progetto."
        XCTAssertEqual(claimSummaries(text).last?.content, "opporsi al progetto")
    }
}
