import XCTest

@testable import ItalianNLP

/// "il titolare di X", "il numero uno di X", "il leader …" describe a person already tied to an office.
final class GenericHolderRoleTests: XCTestCase {
    func testTheHolderOfTheSamePortfolio() {
        let text = "La ministra della Salute, Irene Costa, ha presentato il piano. Il viceministro Luca Nardi era assente. "
            + "La titolare della Salute ha aggiunto che i fondi arriveranno entro marzo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Irene Costa")
    }

    func testALeaderDescribedByAnAdjective() {
        let text = "Il segretario del Patto civico, Marco Lenzi, chiede un rinvio. "
            + "«Non votiamo a scatola chiusa», ha spiegato il leader civico ai cronisti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Lenzi")
    }

    func testTheHeadOfACompanyWhoseRoleNamedNoCompany() {
        let text = "La fondatrice e amministratrice delegata Sara Galli ha chiuso il round. "
            + "Per la partner di Alpine Capital, Jane Moore, il mercato cresce. "
            + "«Assumeremo cento ingegneri», ha detto la numero uno di Cloudia."
        XCTAssertEqual(claimSummaries(text).last?.source, "Sara Galli")
    }

    func testKinshipIsNoOffice() {
        let text = "Il direttore Paolo Neri ha aperto la fiera. Il fratello, Ugo Neri, era in sala. "
            + "«Siamo pronti», ha detto il numero uno della fiera."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Neri")
    }

    func testTheChiefExecutiveAbbreviationAndThePrefectsPeriphrasis() {
        let company = "L'amministratore delegato di Vetri Uniti, Carlo Serra, ha incontrato i sindacati. "
            + "Ad Agrate, secondo l'ad, nessuno perderà il posto."
        XCTAssertEqual(claimSummaries(company).last?.source, "Carlo Serra")
        let prefect = "Il prefetto di Lecco, Anna Ruffo, ha convocato le parti. "
            + "«Serve un accordo», ha detto il rappresentante del governo."
        XCTAssertEqual(claimSummaries(prefect).last?.source, "Anna Ruffo")
    }
}
