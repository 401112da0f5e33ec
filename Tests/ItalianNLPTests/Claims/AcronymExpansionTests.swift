import XCTest

@testable import ItalianNLP

/// An acronym names the body whose full name the document spells out, in brackets or by the
/// initials of its words, before or after it.
final class AcronymExpansionTests: XCTestCase {
    func testABracketedAcronymAfterANameTheFinderCut() {
        let text = "L'Istituto nazionale di geofisica e vulcanologia (Ingv) ha registrato la scossa. Stando all'Ingv, la sequenza potrebbe durare giorni."
        XCTAssertEqual(claimSummaries(text).last?.source, "Istituto nazionale di geofisica e vulcanologia")
    }

    func testABracketedAcronymAfterANameWithCommas() {
        let text = "I controlli sono stati fatti dai carabinieri del Comando unità forestali, ambientali e agroalimentari (Cufaa). Il Cufaa ha spiegato che le merci erano contraffatte."
        XCTAssertEqual(claimSummaries(text).last?.source, "Comando unità forestali, ambientali e agroalimentari")
    }

    func testABracketedAcronymThatSkipsWordsOfTheName() {
        let text = "Il sequestro è stato eseguito dall'Ispettorato centrale della tutela della qualità e della repressione frodi dei prodotti agroalimentari (Icqrf). L'Icqrf ha fatto sapere che il vino era annacquato."
        XCTAssertEqual(
            claimSummaries(text).last?.source,
            "Ispettorato centrale della tutela della qualità e della repressione frodi dei prodotti agroalimentari")
    }

    func testInitialsWithoutBracketsSkipTheParticles() {
        let text = "Lo sciopero è stato indetto dalla Federazione lavoratori chimica e occhialeria. La Flco ha spiegato che l'adesione è stata alta."
        XCTAssertEqual(claimSummaries(text).last?.source, "Federazione lavoratori chimica e occhialeria")
    }

    func testTheLastWordMayGiveTwoLetters() {
        let text = "L'Agenzia italiana del farmaco ha ritirato il lotto. L'Aifa ha spiegato che non ci sono rischi per i pazienti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Agenzia italiana del farmaco")
    }

    func testTheNameSpelledOutAfterTheAcronym() {
        let text = "L'Enac ha detto che la pista resterà chiusa. In una nota l'Ente nazionale per l'aviazione civile ha precisato che i lavori dureranno tre mesi."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["Ente nazionale per l'aviazione civile", "Ente nazionale per l'aviazione civile"])
    }

    func testAHyphenatedCompoundGivesALetterPerPart() {
        let text = "Il servizio è affidato a Trasporti Emilia-Romagna da gennaio. Ter ha assicurato che nessuna linea sarà soppressa."
        XCTAssertEqual(claimSummaries(text).last?.source, "Trasporti Emilia-Romagna")
    }

    func testTheComplementAfterTheSpelledWordsStaysInTheName() {
        let text = "La Federazione energia, moda, chimica e affini della Cisl ha indetto lo sciopero. Per la Femca il piano va ritirato subito."
        XCTAssertEqual(claimSummaries(text).last?.source, "Federazione energia, moda, chimica e affini della Cisl")
    }

    func testASurnameIsNotSpelledOutByAnUnrelatedName() {
        let text = "Il Tribunale amministrativo regionale ha respinto il ricorso. Tarli ha detto che farà appello."
        XCTAssertEqual(claimSummaries(text).last?.source, "Tarli")
    }
}
