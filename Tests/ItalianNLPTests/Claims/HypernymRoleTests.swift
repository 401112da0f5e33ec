import XCTest

@testable import ItalianNLP

/// "il manager", "il magistrato": a noun for a kind of person names the office holder named
/// before, even when someone without an office spoke in between.
final class HypernymRoleTests: XCTestCase {
    func testTheManagerIsTheChiefExecutiveNamedBefore() {
        let text = "Il procuratore capo di Ancona, Mario Greco, ha aperto un fascicolo. L'amministratore delegato di Alfa Spa, Marco Riva, "
            + "ha presentato il piano ai sindacati. La Fiom ha definito il documento «inaccettabile». "
            + "Il manager ha assicurato che nessuno stabilimento chiuderà."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Riva")
    }

    func testAnOfficeNounStillPassesOverAnotherOffice() {
        // "il ricercatore" is no hypernym: the other-office rule still applies to it.
        let text = "Il ricercatore"
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let context = AttributionContext(document: document)
        XCTAssertFalse(context.mentions[0].contains { context.isHypernymRole($0) })
        let manager = "Il manager"
        let managerDocument = ClaimDocument(text: manager, tokenized: Tokenizer().tokenize(manager))
        let managerContext = AttributionContext(document: managerDocument)
        XCTAssertTrue(managerContext.mentions[0].contains { managerContext.isHypernymRole($0) })
    }
}
