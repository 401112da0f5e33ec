import XCTest

@testable import ItalianNLP

final class AccordingToRuleTests: XCTestCase {
    func testSecondoAtTheStart() {
        let claims = claimSummaries("Secondo Times of India, la missione attira i ricercatori.")
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertEqual(claims.first?.source, "Times of India")
        XCTAssertEqual(claims.first?.content, "la missione attira i ricercatori")
    }

    func testSecondoAtTheEnd() {
        let claims = claimSummaries("La crescita rallenterà, secondo l'economista Karl Weber.")
        XCTAssertEqual(claims.first?.content, "La crescita rallenterà")
        XCTAssertEqual(claims.first?.source, "Karl Weber")
    }

    func testNotAttributions() {
        XCTAssertTrue(claimSummaries("Secondo me, la crescita rallenterà.").isEmpty)
        XCTAssertTrue(claimSummaries("Secondo la legge, la condotta non è reato.").isEmpty)
        XCTAssertTrue(claimSummaries("Nel secondo tempo la squadra ha segnato due gol.").isEmpty)
    }

    func testADettaDiAndAnAnonymousSourceAreNotHedged() {
        // The guidelines: "a detta di X" reports X's words; "secondo fonti vicine al governo" alone
        // is not hedged. A rumour is.
        let claims = ClaimExtractor().extract("A detta del sindaco Pietro Vela, i lavori finiranno presto.").claims
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertEqual(claims.first?.hedged, false)
        let anonymous = ClaimExtractor().extract("Secondo fonti del partito, il congresso slitterà a ottobre.").claims
        XCTAssertEqual(anonymous.first?.source, "fonti del partito")
        XCTAssertEqual(anonymous.first?.hedged, false)
        let rumour = ClaimExtractor().extract("Secondo indiscrezioni, il congresso slitterà a ottobre.").claims
        XCTAssertEqual(rumour.first?.hedged ?? true, true)
    }

    func testPerWithoutCommaBeforeTheClauseSubject() {
        let claim = claimSummaries("Per la presidente del consorzio la vendemmia sarà la migliore degli ultimi anni.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.rule, RuleID.perWithoutComma.rawValue)
        XCTAssertEqual(claim?.content, "la vendemmia sarà la migliore degli ultimi anni")
        // A name with a given name, then a verb.
        let verb = claimSummaries("Lo ha ricordato Franco Melis. Per Melis servono altri due anni di lavori.")
        XCTAssertEqual(verb.last?.source, "Franco Melis")
        XCTAssertEqual(verb.last?.content, "servono altri due anni di lavori")
    }

    func testPerWithoutCommaAfterAColon() {
        let claim = claimSummaries("Il comitato dei genitori ha votato contro: per i genitori il nuovo orario penalizza chi lavora.").last
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.content, "il nuovo orario penalizza chi lavora")
    }

    func testPerWithoutCommaIsNotAPlaceOrAPurpose() {
        // "a Trapani" makes Trapani a place: "per Trapani" is a destination, not an opinion.
        XCTAssertTrue(claimSummaries("Il traghetto parte alle otto. Chi arriva a Trapani trova il bus. Per Trapani il viaggio dura tre ore.")
            .filter { $0.kind == .according }.isEmpty)
        XCTAssertTrue(claimSummaries("Per il momento la strada resta chiusa.").isEmpty)
        XCTAssertTrue(claimSummaries("Per i turisti e i residenti sono previsti parcheggi gratuiti.").isEmpty)
    }

    func testComeRiferisceLocution() {
        let claims = claimSummaries("Come riferisce l'agenzia Dire, il decreto arriverà in aula a marzo.")
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertEqual(claims.first?.source, "Dire")
        XCTAssertEqual(claims.first?.content, "il decreto arriverà in aula a marzo")
        let stando = claimSummaries("Stando a quanto riferiscono i carabinieri, l'uomo era già noto alle forze dell'ordine.")
        XCTAssertEqual(stando.count, 1)
        XCTAssertEqual(stando.first?.source, "carabinieri")
    }

    func testStandoA() {
        let claims = claimSummaries("Stando all'Ansa, il vertice è stato rinviato.")
        XCTAssertEqual(claims.first?.source, "Ansa")
    }

    func testPerAtTheStartWithAComma() {
        let claims = claimSummaries("Per l'opposizione, è un obiettivo irrealizzabile.")
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertTrue(claimSummaries("Per il momento, nessuno parla.").isEmpty)
    }
}

final class AccordingToDocumentTests: XCTestCase {
    func testTheAuthorOfADocumentIsTheSource() {
        let claims = claimSummaries("Stando ai dati dell'Inps, le pensioni anticipate sono calate.")
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertEqual(claims.first?.source, "Inps")
        XCTAssertEqual(claims.first?.content, "le pensioni anticipate sono calate")
    }
}

/// "per X" inside a sentence, "secondo quanto riporta X", rumours reported by a medium.
final class AccordingToPlacementTests: XCTestCase {
    func testPerBetweenCommas() {
        let text = "Il ministro Enzo Riva ha presentato la riforma. La misura, per Riva, è necessaria."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "Enzo Riva")
    }

    func testPerWithTheCopula() {
        let claim = claimSummaries("Per gli ambientalisti è una scelta miope.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "ambientalisti")
    }

    func testPerAPlaceIsNoAttribution() {
        XCTAssertTrue(claimSummaries("Il treno, per Bologna, parte alle otto.").isEmpty)
        XCTAssertTrue(claimSummaries("Per Genova è una giornata di festa.").isEmpty)
    }

    func testSecondoQuantoRiporta() {
        let claim = claimSummaries("I lavori, secondo quanto riporta il quotidiano «Gazzetta del Nord», finiranno a giugno.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "Gazzetta del Nord")
    }

    func testRumoursReportedByAMedium() {
        let result = ClaimExtractor().extract("Secondo indiscrezioni pubblicate dal Tirreno, il sindaco si dimetterà.")
        XCTAssertEqual(result.claims.first?.source, "Tirreno")
        XCTAssertEqual(result.claims.first?.hedged, true)
    }

    func testTheNameInAppositionToTheRoleAfterSecondo() {
        let claim = claimSummaries("Secondo il questore di Rimini, Franco Peri, i controlli saranno raddoppiati.").first
        XCTAssertEqual(claim?.source, "Franco Peri")
        XCTAssertEqual(claim?.content, "i controlli saranno raddoppiati")
    }
    func testSecondoQuantoRicostruitoDa() {
        let text = "Secondo quanto ricostruito dai carabinieri, il furgone era stato rubato la notte prima."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.kind, .according)
        XCTAssertEqual(claims.first?.source, "carabinieri")
        XCTAssertEqual(claims.first?.content, "il furgone era stato rubato la notte prima")
    }
    func testARelativeClauseAboutTheSourceComesBeforeTheClaim() {
        let text = "Per i comitati, che hanno raccolto mille firme, il progetto è «una ferita per il quartiere»."
        XCTAssertEqual(claimSummaries(text).first?.content, "il progetto è «una ferita per il quartiere»")
    }

    func testTheClaimGoesOnAfterAColonThatEndsTheSentence() {
        let text = "Secondo gli investigatori, la banda seguiva lo stesso copione: una telefonata, poi la visita di un complice."
        let content = claimSummaries(text).first?.content ?? ""
        XCTAssertTrue(content.hasSuffix("poi la visita di un complice"), content)
    }
    func testADocumentNamedBeforeAndItsAuthor() {
        let text = "Il comitato Aria Pulita ha presentato ieri un rapporto sulle polveri sottili. "
            + "Secondo il rapporto, i livelli sono saliti del dieci per cento in un anno."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Aria Pulita")
        XCTAssertEqual(claims.first?.content, "i livelli sono saliti del dieci per cento in un anno")
        XCTAssertTrue(claimSummaries("Il tempo è cambiato. Secondo il rapporto, piove.").isEmpty)
    }

    func testARoleInAppositionAfterTheNameIsNotTheContent() {
        let claim = claimSummaries("Per Paolo Mereu, pediatra a Nuoro, la carenza di medici è ormai cronica.").first
        XCTAssertEqual(claim?.source, "Paolo Mereu")
        XCTAssertEqual(claim?.content, "la carenza di medici è ormai cronica")
    }

    func testNeighboursAsASource() {
        let claim = claimSummaries("A detta dei vicini, la lite era cominciata nel pomeriggio.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "vicini")
    }

    func testAQuantoWithAPresentReportingVerb() {
        let text = "Il cantiere, a quanto riferiscono i tecnici del Comune, ripartirà solo in primavera."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "tecnici del Comune")
        let other = claimSummaries("A quanto risulta ai carabinieri, il furgone era stato noleggiato a Verona.").first
        XCTAssertEqual(other?.kind, .according)
        XCTAssertEqual(other?.content, "il furgone era stato noleggiato a Verona")
    }

    func testComeWithACompoundPastOfSaying() {
        let text = "Come ha ricordato il direttore del consorzio, Ettore Bassi, le domande si chiudono il 30 aprile."
        let claim = claimSummaries(text).first { $0.content == "le domande si chiudono il 30 aprile" }
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "Ettore Bassi")
        // "come ha detto" with no speaker after it reports nothing by this rule.
        XCTAssertFalse(claimSummaries("Come ha detto, la strada resterà chiusa.").contains { $0.kind == .according })
    }

    func testWhatLeaksFromASource() {
        let text = "Secondo quanto trapela da ambienti giudiziari, la sentenza potrebbe arrivare entro l'estate."
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.claims.first?.source, "ambienti giudiziari")
        XCTAssertEqual(result.claims.first?.hedged, true)
        XCTAssertEqual(result.claims.first.map { String(text[$0.content.range]) }, "la sentenza potrebbe arrivare entro l'estate")
    }

    func testTheSourcesWordsAndTheVerbOfHearing() {
        let words = claimSummaries("Stando alle parole del ministro, il decreto arriverà a marzo.").first
        XCTAssertEqual(words?.kind, .according)
        XCTAssertEqual(words?.source, "ministro")
        XCTAssertEqual(words?.content, "il decreto arriverà a marzo")
        let hearing = claimSummaries("A sentire il sindaco, la strada riaprirà a maggio.").first
        XCTAssertEqual(hearing?.source, "sindaco")
        XCTAssertEqual(hearing?.content, "la strada riaprirà a maggio")
        // "a sentire" with no speaker after it is no attribution.
        XCTAssertTrue(claimSummaries("Ha cominciato a sentire il freddo alle sei.").isEmpty)
    }

    func testStandoAQuantoDichiaratoAndComeSostengono() {
        let declared = claimSummaries("Stando a quanto dichiarato dal sindaco, i lavori finiranno presto.").first
        XCTAssertEqual(declared?.source, "sindaco")
        XCTAssertEqual(declared?.content, "i lavori finiranno presto")
        let holding = claimSummaries("Come sostengono molti economisti, il debito è insostenibile.").first
        XCTAssertEqual(holding?.kind, .according)
        XCTAssertEqual(holding?.source, "molti economisti")
        XCTAssertEqual(holding?.content, "il debito è insostenibile")
    }
}
