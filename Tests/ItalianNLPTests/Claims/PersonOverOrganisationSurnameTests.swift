import XCTest

@testable import ItalianNLP

/// A surname alone names the person who bears it, not the family's company.
final class PersonOverOrganisationSurnameTests: XCTestCase {
    func testASurnameAloneIsThePersonNotTheCompany() {
        let text = "Le Cartiere Bonomi chiudono il reparto di Lecco. La presidente, Giulia Bonomi, ha incontrato i sindacati. "
            + "Bonomi ha detto che nessuno perderà il lavoro."
        XCTAssertEqual(claimSummaries(text).last?.source, "Giulia Bonomi")
    }

    func testTheCompanyKeepsItsKindNoun() {
        let text = "Le Cartiere Bonomi chiudono il reparto di Lecco. Giulia Bonomi, figlia del fondatore, è stata eletta in consiglio comunale. "
            + "L'azienda ha fatto sapere che il reparto sarà trasferito a Bergamo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Cartiere Bonomi")
    }
}

/// The same with the company named in a heading and with its article first.
final class PersonOverOrganisationSurnameHeadingTests: XCTestCase {
    func testAfterAHeadingAndTheArticle() {
        let text = "Cartiere Bonomi, 90 esuberi\nLECCO – La Cartiere Bonomi ha comunicato ai sindacati 90 esuberi. "
            + "La presidente, Giulia Bonomi, ha assicurato che non ci saranno licenziamenti. "
            + "Bonomi punta sui prepensionamenti e ha chiesto al ministero di convocare un tavolo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Giulia Bonomi")
    }
}
