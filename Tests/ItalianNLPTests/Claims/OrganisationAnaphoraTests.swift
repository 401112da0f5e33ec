import XCTest

@testable import ItalianNLP

/// Kind nouns, descriptions and institution nouns that name an organisation named before.
final class OrganisationAnaphoraTests: XCTestCase {
    func testAKindNounNamesAnOrganisationNamedInAComplement() {
        let text = "Secondo la Uil, i turni sono troppo lunghi. Diversa la versione di Nord Trasporti. "
            + "In una nota, la società spiega che i turni rispettano il contratto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Nord Trasporti")
    }

    func testADescriptionNamesTheOrganisationOfThePreviousSentence() {
        let text = "Di tutt'altro tono Legambiente. L'associazione ambientalista teme che il progetto danneggi il fiume."
        XCTAssertEqual(claimSummaries(text).last?.source, "Legambiente")
    }

    func testADescriptionWithMembersIsABodyOfItsOwn() {
        let text = "La ditta Costa Impianti ha chiuso il cantiere. Il comitato dei residenti chiede che i lavori riprendano."
        XCTAssertEqual(claimSummaries(text).last?.source, "comitato dei residenti")
    }

    func testAKindNounNamesTheMostRecentOrganisationOfItsKind() {
        let text = "La Confagricoltura chiede più fondi. L'organizzazione agricola lamenta i ritardi nei pagamenti. "
            + "Di tutt'altro tono Italia Nostra. L'associazione ambientalista teme nuovi abbattimenti. "
            + "«Il bosco non è un magazzino», scrive l'organizzazione."
        XCTAssertEqual(claimSummaries(text).last?.source, "Italia Nostra")
    }

    func testACompanyNounDoesNotNameAPublicBody() {
        let text = "La compagnia Voli Adriatici ha perso il ricorso. L'Autorità dei trasporti ha confermato la multa. "
            + "«Abbiamo sempre rispettato le regole», si legge in una nota del vettore."
        XCTAssertEqual(claimSummaries(text).last?.source, "Voli Adriatici")
    }

    func testAnInstitutionNounAloneNamesTheAuthorityNamedBefore() {
        let text = "L'Antitrust ha multato tre banche. Secondo l'Autorità, le commissioni erano nascoste."
        XCTAssertEqual(claimSummaries(text).last?.source, "Antitrust")
    }

    func testARegionNamedAgainByItsNoun() {
        let text = "La Regione Molise ha stanziato un milione. La Regione ha annunciato un bando per le imprese."
        XCTAssertEqual(claimSummaries(text).last?.source, "Regione Molise")
    }

    func testAClubNamedInACoachsRoleIsWhatTheClubNounNames() {
        let text = "L'allenatore del Real Trevigiano, Mario Pozzi, è sotto accusa. Il capitano Luca Sala lo difende. "
            + "In un comunicato il club fa sapere che l'allenatore resta al suo posto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Real Trevigiano")
    }

    func testACompetitorDescribedByASuffixNounIsStillACompany() {
        let text = "La milanese Datalux ha presentato il suo piano. La concorrente Chipnova punta su un impianto più piccolo. "
            + "In una nota la società sostiene che il progetto non chiede fondi pubblici."
        XCTAssertEqual(claimSummaries(text).last?.source, "Chipnova")
    }

    func testABodyNamedAgainAsOrganismo() {
        let text = "L'ente organizzatore, la Lega Calcio Lombarda, ha diffuso una nota. L'organismo sottolinea che la partita è stata regolare."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lega Calcio Lombarda")
    }

    func testTheOrganisationOfABodyIsWhatADescriptionNames() {
        let text = "La direzione generale dell'Asst di Lecco ha preso atto delle dimissioni. "
            + "In una nota, l'azienda sanitaria precisa che il reparto resterà operativo."
        XCTAssertEqual(claimSummaries(text).last?.source, "Asst di Lecco")
    }
}
