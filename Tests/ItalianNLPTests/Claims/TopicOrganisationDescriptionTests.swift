import XCTest

@testable import ItalianNLP

/// A kind noun described by its members names the organisation a verbless sentence announced.
final class TopicOrganisationDescriptionTests: XCTestCase {
    func testMembersComplementAfterATopicSentence() {
        let text = "Il Comune ha approvato la nuova tassa di soggiorno. Di parere contrario Assohotel Riviera. "
            + "L'associazione degli albergatori sostiene che la misura allontanerà le famiglie."
        XCTAssertEqual(claimSummaries(text).last?.source, "Assohotel Riviera")
    }

    func testAnAdjectiveAfterATopicSentenceTwoSentencesBack() {
        let text = "Più cauta la Società italiana di cardiologia. I risultati andranno confermati. "
            + "Secondo la società scientifica, servono studi su pazienti più anziani."
        XCTAssertEqual(claimSummaries(text).last?.source, "Società italiana di cardiologia")
    }

    func testWithoutATopicSentenceTheBodyIsItsOwn() {
        let text = "I negozi del centro restano chiusi la domenica. Secondo l'associazione dei commercianti, i clienti sono calati del 20 per cento."
        XCTAssertEqual(claimSummaries(text).last?.source, "associazione dei commercianti")
    }
}

/// The description rule reaches two sentences back when the sentence between names no organisation.
final class DescribedOrganisationWindowTests: XCTestCase {
    func testADescriptionTwoSentencesAfterTheName() {
        let text = "La Confagricoltura accusa la Regione di ritardi nei pagamenti. "
            + "«Le aziende non possono aspettare un anno», dice il presidente provinciale, Luigi Marra. "
            + "L'organizzazione agricola chiede un fondo di emergenza per le stalle."
        XCTAssertEqual(claimSummaries(text).last?.source, "Confagricoltura")
    }
}
