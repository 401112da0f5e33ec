import XCTest

@testable import ItalianNLP

/// A public body's name goes on in lower case, past coordinated complements, field lists and
/// plural complements, and the source is the whole name.
final class InstitutionNameTailTests: XCTestCase {
    func testACoordinatedComplementStaysInTheName() {
        let text = "La Polizia postale e delle comunicazioni ha spiegato che i falsi messaggi arrivano di notte."
        XCTAssertEqual(claimSummaries(text).last?.source, "Polizia postale e delle comunicazioni")
    }

    func testALowerCaseMinistryTakesItsSecondPortfolio() {
        let text = "Il ministero del Lavoro e delle politiche sociali ha fatto sapere che il bando sarà riaperto."
        XCTAssertEqual(claimSummaries(text).last?.source, "ministero del Lavoro e delle politiche sociali")
    }

    func testAListOfFieldsAndAPluralComplement() {
        let text = "La Soprintendenza archeologia, belle arti e paesaggio per le province di Lucca e Massa "
            + "ha comunicato che la torre resterà chiusa."
        XCTAssertEqual(
            claimSummaries(text).last?.source, "Soprintendenza archeologia, belle arti e paesaggio per le province di Lucca e Massa")
    }

    func testACapitalisedGroupNounTakesItsLowerCaseWords() {
        let text = "La Commissione tecnica regionale, riunita ieri, ha spiegato che il progetto va rivisto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Commissione tecnica regionale")
        let other = "L'Associazione nazionale costruttori ha fatto sapere che i prezzi dei materiali sono scesi."
        XCTAssertEqual(claimSummaries(other).last?.source, "Associazione nazionale costruttori")
    }

    func testMadeInAndAnArticleInsideAComplement() {
        let text = "Secondo l'Osservatorio vendite del ministero delle Imprese e del made in Italy, il calo è finito."
        XCTAssertEqual(claimSummaries(text).last?.source, "Osservatorio vendite del ministero delle Imprese e del made in Italy")
        let agency = "L'Agenzia regionale per la tutela dell'ambiente e la sicurezza del territorio ha detto che l'aria è pulita."
        XCTAssertEqual(claimSummaries(agency).last?.source, "Agenzia regionale per la tutela dell'ambiente e la sicurezza del territorio")
    }

    func testTwoNounsOfOneComplement() {
        let text = "L'Istituto nazionale di oceanografia e geofisica sperimentale ha spiegato che la corrente è cambiata."
        XCTAssertEqual(claimSummaries(text).last?.source, "Istituto nazionale di oceanografia e geofisica sperimentale")
        let people = "L'Ordine di Padova e molti colleghi hanno detto che il contratto è scaduto."
        XCTAssertFalse(claimSummaries(people).contains { $0.source?.contains("colleghi") == true && $0.source?.hasPrefix("Ordine") == true })
    }

    func testANewHeadNounOpensABody() {
        let text = "La Capitaneria di porto di Gaeta ha fatto sapere che la spiaggia resterà chiusa."
        XCTAssertEqual(claimSummaries(text).last?.source, "Capitaneria di porto di Gaeta")
    }

    func testACoordinatedSubjectIsNotPartOfTheName() {
        let text = "Ieri la Polizia stradale e i carabinieri hanno spiegato che i controlli continueranno."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Polizia stradale e i carabinieri")
    }

    func testAVerbAfterTheHeadTakesNothing() {
        let text = "La Commissione chiude il fascicolo. Il relatore ha detto che non ci sono irregolarità."
        XCTAssertEqual(claimSummaries(text).last?.source, "relatore")
    }

    func testAProperNameTakesOneLowerCaseWordAtMost() {
        // A body named by capitalised words is a proper name already: the words after it go on
        // the sentence, and must not become the canonical name of the body.
        let text = "Il sindaco ha chiesto alla Rete Gas Irpina tempi certi. "
            + "La Rete Gas Irpina ha spiegato che la fornitura tornerà entro sera."
        XCTAssertEqual(claimSummaries(text).last?.source, "Rete Gas Irpina")
        let district = "L'Asl Marche sud ha comunicato che gli ambulatori riapriranno lunedì."
        XCTAssertEqual(claimSummaries(district).last?.source, "Asl Marche sud")
    }
}
