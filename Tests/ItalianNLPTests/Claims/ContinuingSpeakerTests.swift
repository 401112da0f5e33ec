import XCTest

@testable import ItalianNLP

/// A dropped subject right after a reported sentence is that sentence's speaker, not someone its
/// words named.
final class ContinuingSpeakerTests: XCTestCase {
    func testAPersonNamedInTheReportedClauseIsNotTheNextSpeaker() {
        let text = "La Fiom ha detto che il ministro Carlo Neri ha mentito ai lavoratori. Ha poi annunciato uno sciopero di otto ore."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["Fiom", "Fiom"])
    }

    func testAnOrganisationGoesOnSpeakingOverAPersonNamedBefore() {
        let text = "Il vicesindaco Paolo Sanna ha chiesto scusa ai residenti. La Regione ha fatto sapere che i fondi arriveranno a giugno. "
            + "Ha poi aggiunto che il cantiere partirà in autunno."
        XCTAssertEqual(claimSummaries(text).last?.source, "Regione")
    }

    func testAPersonNamedInTheReportedClauseIsPassedOverWhenSpeakerIsAnOrganisation() {
        let text = "Il segretario della Uil, Marco Ferri, ha incontrato i lavoratori. "
            + "La Cgil ha detto che il presidente Luigi Porcu deve dimettersi. Ha poi chiesto un incontro in prefettura."
        XCTAssertEqual(claimSummaries(text).last?.source, "Cgil")
    }

    func testASubjectNamedAfterTheClaimIsTheNewTopic() {
        let text = "«Non firmeremo nulla», ha detto la Fiom. Il sindaco Paolo Greco ha ascoltato in silenzio. "
            + "Ha poi spiegato che il Comune farà la sua parte."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Greco")
    }

    func testAnAccordingSourceIsNoSubjectThatGoesOn() {
        let text = "Secondo gli inquirenti, il ragazzo avrebbe confessato tutto. Ha poi chiesto di parlare con un avvocato."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "inquirenti")
    }

    func testTheSentencesOfTheCuesOwnQuotationStandBetween() {
        let text = "Il sindaco Paolo Greco ha inaugurato il ponte. «Siamo soddisfatti», ha detto la Regione in una nota. "
            + "«Il cantiere è finito in anticipo. Ringraziamo le imprese e i tecnici», ha aggiunto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Regione")
    }
}
