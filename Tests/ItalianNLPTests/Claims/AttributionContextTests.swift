import XCTest

@testable import ItalianNLP

/// Who speaks when the sentence does not say it plainly: appositions, agreement, relative clauses,
/// roles that point back, salience of the sentence's own subject.
final class AttributionContextTests: XCTestCase {
    private func sources(_ text: String) -> [String?] {
        claimSummaries(text).map(\.source)
    }

    func testTheSurnameBeforeTheFullNameIsThePerson() {
        let text = "Sfida tra Moretti e Lodi\nIl dibattito è stato vivace. «Abbiamo i numeri», ha detto Moretti. Poi è arrivato Paolo Moretti in persona."
        XCTAssertEqual(sources(text).first, "Paolo Moretti")
    }

    func testAnOrganisationInAppositionWithAnArticle() {
        let text = "Il gruppo, la Ferrovie Alpine, ha confermato che i treni riprenderanno lunedì."
        XCTAssertEqual(sources(text).first, "Ferrovie Alpine")
    }

    func testARoleInAppositionWithANationalityAndAName() {
        let text = "Il portavoce del governo, il tedesco Hans Keller, ha spiegato che il vertice è rinviato."
        XCTAssertEqual(sources(text).first, "Hans Keller")
    }

    func testAnAffiliationIsNoApposition() {
        let text = "Ne ha parlato Marta Greco, dell'Istituto di ricerca marina. La studiosa ha aggiunto che il mare è più caldo."
        XCTAssertEqual(sources(text).last, "Marta Greco")
    }

    func testTheRelativeClauseSpeaksForItsAntecedent() {
        let text = "Al tavolo sedeva Franco Neri, Ugo Bassi e la deputata Lia Conte, che ha chiesto di rinviare il voto."
        XCTAssertEqual(sources(text).first, "Lia Conte")
    }

    func testAnAdverbBeforeTheInvertedSubject() {
        let text = "«Non cambieremo idea», ha ripetuto stamattina la presidente Sara Villa."
        XCTAssertEqual(sources(text).first, "Sara Villa")
    }

    func testAComplementBeforeAnInvertedSubjectThatAgrees() {
        let text = "«Vogliamo risposte», hanno gridato davanti al municipio i lavoratori della cartiera."
        XCTAssertEqual(sources(text).first, "lavoratori della cartiera")
    }

    func testAnObjectThatDisagreesWithTheVerbIsNoInvertedSubject() {
        let text = "Giorgia Marini ha preso la parola in aula. Ha invitato i colleghi a «votare il testo senza modifiche»."
        XCTAssertEqual(sources(text).first, "Giorgia Marini")
    }

    func testTheSentenceSubjectOfACoordinatedCue() {
        let text = "Laura Ricci ha incontrato i sindacati. Il prefetto ha ascoltato tutti, poi ha detto che la vertenza si chiuderà presto."
        let found = claimSummaries(text)
        XCTAssertEqual(found.first?.source, "prefetto")
    }

    func testTheGenderOfABareNounPointsToThePerson() {
        let text = "Il giudice Anna Leone ha interrogato Marco Sala. L'indagato ha negato di conoscere la vittima."
        XCTAssertEqual(sources(text).first, "Marco Sala")
    }

    func testAFeminineRoleFindsItsPersonFurtherBack() {
        let text = """
            Chiara Fabbri è la nuova candidata del centro.
            Il partito si è riunito a lungo. La riunione è durata tre ore. Il segretario non ha parlato. La sala era piena. I militanti hanno applaudito.
            «Vinceremo», ha detto la candidata.
            """
        XCTAssertEqual(sources(text).last, "Chiara Fabbri")
    }

    func testAKindOfOrganisationPointsBackButAnInstitutionDoesNot() {
        let text = "La chiusura è stata decisa da Cartiere Riunite. L'azienda ha spiegato che i costi sono raddoppiati."
        XCTAssertEqual(sources(text).first, "Cartiere Riunite")
        let institution = "Il progetto è di Cartiere Riunite. La Regione ha fatto sapere che non darà fondi."
        XCTAssertEqual(sources(institution).first, "Regione")
    }

    func testTheOrganisationOfARole() {
        let text = "Il direttore dell'Istat, Piero Gallo, ha presentato i conti. Secondo l'istituto, il debito è sceso."
        XCTAssertEqual(sources(text).last, "Istat")
    }

    func testAnObjectIsNoSubjectForLaterSentences() {
        let text = "Anna Rossi ha cambiato allenatore. «Ora mi sento bene», ha detto."
        XCTAssertEqual(sources(text).first, "Anna Rossi")
    }

    func testAStreetIsNoSpeaker() {
        let text = "Luigi Bruno abita in via Carlo Alberto. Ha raccontato di aver visto il fumo."
        XCTAssertEqual(sources(text).first, "Luigi Bruno")
    }

    func testThePossessiveTakesTheSubjectOfItsSentence() {
        let text = "Il tecnico, Marco Villa, è arrivato. L'allenatore avversario, Dario Pini, ha protestato: a suo dire il gol era regolare."
        XCTAssertEqual(sources(text).last, "Dario Pini")
    }

    func testAnEpithetOfOriginPointsBack() {
        let text = "Marta Lodi ha vinto la gara. La velocista siciliana ha detto che punta alle Olimpiadi."
        XCTAssertEqual(sources(text).first, "Marta Lodi")
    }

    func testAFunctionalAdjectiveMakesARoleOfItsOwn() {
        let text = "Piero Sala ha perso il lavoro. Il commissario straordinario ha spiegato che l'azienda sarà venduta."
        XCTAssertEqual(sources(text).first, "commissario straordinario")
    }

    func testAPersonOfKnownGenderBeforeAForeignName() {
        let text = "Vittorio Neri ha incontrato Keanu Tahiri. Il ministro ha detto che l'accordo è vicino."
        XCTAssertEqual(sources(text).first, "Vittorio Neri")
    }

    func testTheNearerOrganisationForAKindOfOrganisation() {
        let text = "Il treno partirà da Ancona e Pesaro. Il presidente di Ferrovie Adriatiche, Gino Sarti, ha parlato ieri. Secondo la società, i biglietti costeranno meno."
        XCTAssertEqual(sources(text).last, "Ferrovie Adriatiche")
    }

    func testARoleInAppositionMakesAPersonOfAForeignName() {
        let text = "Ingrid Solberg ha aperto il vertice. Il segretario della conferenza, Aarne Koskinen, è arrivato dopo. Ha detto che il testo è pronto."
        XCTAssertEqual(sources(text).last, "Aarne Koskinen")
    }

    func testANameThatEndsTheSentenceClosesTheApposition() {
        let text = "È arrivata la risposta dell'assessora alla Cultura, Irene Galli. L'assessora alla Cultura ha detto che il museo riaprirà a maggio."
        XCTAssertEqual(claimSummaries(text).last?.source, "Irene Galli")
    }

    func testAPortfolioIsNotAnOrganisation() {
        // "Attività" is the assessore's portfolio: it is no company for "l'azienda" to name.
        let text = "L'assessore alle Attività produttive, Mario Fois, ha incontrato i sindacati della Cartiera Sarda. "
            + "L'azienda ha fatto sapere che assumerà quaranta persone."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Attività")
    }

    // MARK: Rules of the claims10 round

    func testTheAgeInciseDoesNotBreakTheApposition() {
        let text = "Al convegno c'erano Marco Bellini, 40 anni, regista, e Luca Ferri. Il regista ha detto che il film uscirà a maggio."
        XCTAssertEqual(sources(text).last, "Marco Bellini")
    }

    func testATitleBeforeTheNameInApposition() {
        let text = "Il consulente del tribunale, il geometra Franco Pellegrini, ha stabilito che il muro era abusivo."
        XCTAssertEqual(sources(text).first, "Franco Pellegrini")
    }

    func testCoordinatedRolesBeforeTheName() {
        let text = "«Il bilancio è in ordine», ha detto il presidente e direttore generale Alberto Conti."
        XCTAssertEqual(sources(text).first, "Alberto Conti")
    }

    func testTheInstitutionBeforeItsApposition() {
        let text = "La Regione, titolare della concessione, fa sapere che la gara sarà rifatta."
        XCTAssertEqual(sources(text).first, "Regione")
    }

    func testTheInvertedSubjectOfAnUntakenCueIsTheNextDroppedSubject() {
        let text = """
            L'assessora al Bilancio, Elena Sartori, era assente in mattinata. Il consigliere Marco Rinaldi ha chiesto le dimissioni della giunta. Nel pomeriggio è intervenuta l'assessora. «Non ci dimetteremo», ha detto.
            """
        XCTAssertEqual(sources(text).last, "Elena Sartori")
    }

    func testARelativeIntroducedWithAPossessiveKeepsTheSpeaker() {
        let text = """
            «Il forno è aperto dal 1950», racconta Anna Ruggeri.             Suo marito, Paolo, è morto tre anni fa.             «Da allora faccio tutto da sola», aggiunge.
            """
        XCTAssertEqual(sources(text).last, "Anna Ruggeri")
    }

    func testADescriptiveComplementNamesTheCompanyBefore() {
        let text = "Trasporti Lariani, la società che gestisce i battelli, ha ridotto le corse. Secondo la società di navigazione, mancano dieci marinai."
        XCTAssertEqual(sources(text).last, "Trasporti Lariani")
    }

    func testARoleWithTheSameCapitalisedComplement() {
        let text = """
            Hanno parlato il responsabile del reparto di Cardiologia, Luca Bini, e il responsabile del reparto di Neurologia, Sara Conti.             Il responsabile di Cardiologia ha detto che mancano quattro medici.
            """
        XCTAssertEqual(sources(text).last, "Luca Bini")
    }

    func testANameOpeningWithItsGroupNounIsWhatTheBareNounNames() {
        let text = "Olio, il Consorzio del Garda chiede più controlli\nIl Consorzio Olio Garda ha scritto al ministero. Il consorzio ha spiegato che le frodi sono in aumento."
        XCTAssertEqual(sources(text).last, "Consorzio Olio Garda")
    }

    // MARK: The re-description rule

    func testABareRoleRedescribesTheUnnamedRoleThatOpenedTheSentenceBefore() {
        let text = "Il geologo della Regione ha escluso nuovi crolli. «La collina è stabile», ha detto il tecnico."
        XCTAssertEqual(sources(text).last, "geologo della Regione")
        let feminine = "La preside del liceo ha fatto sapere che le lezioni riprendono lunedì. «Nessuno resterà indietro», "
            + "ha assicurato la dirigente."
        XCTAssertEqual(sources(feminine).last, "preside del liceo")
    }

    func testARedescriptionNeedsAgreementAndNoOtherUniqueOffice() {
        XCTAssertEqual(sources("Il sindaco ha parlato per primo. «Serve calma», ha detto il prefetto.").last, "prefetto")
        let otherGender = "Il geologo della Regione ha escluso nuovi crolli. «Siamo pronti», ha detto la dirigente."
        XCTAssertEqual(sources(otherGender).last, "dirigente")
        // An office named by its own noun is someone else than the role before it.
        let office = "Il portavoce del ministero ha confermato la notizia. «Andremo avanti», ha aggiunto il ministro."
        XCTAssertEqual(sources(office).last, "ministro")
        // A judge of preliminary hearings is a judge: the fuller phrase names the office.
        XCTAssertEqual(sources("Il gup di Lecce ha rinviato a giudizio tre imputati. Secondo il giudice, le prove sono solide.").last, "gup di Lecce")
        // The office under its plain name stays how the office is known.
        let plain = "Il primo cittadino è arrivato alle otto. «Abbiamo chiuso la strada», ha spiegato il sindaco."
        XCTAssertEqual(sources(plain).last, "sindaco")
    }

    // MARK: The other-office rule

    func testABareRoleSkipsAPersonKnownByAnotherUniqueOffice() {
        let text = "Il geologo Marco Bruni ha presentato lo studio. Lo ha criticato il presidente della Provincia, Carlo Dotti. "
            + "Il ricercatore ha ribadito che i dati sono solidi."
        XCTAssertEqual(sources(text).last, "Marco Bruni")
        // Nobody else named: a descriptive noun still names the office holder ("la candidata", "il
        // manager" do).
        let alone = "Il presidente della Provincia, Carlo Dotti, ha visitato il laboratorio. Il ricercatore ha ribadito che i dati sono solidi."
        XCTAssertEqual(sources(alone).last, "Carlo Dotti")
        // The office itself still names its holder.
        let office = "Il presidente della Provincia, Carlo Dotti, ha visitato il laboratorio. Il presidente ha detto che i dati sono solidi."
        XCTAssertEqual(sources(office).last, "Carlo Dotti")
    }

    func testAnAgeNounNamesThePersonJustIntroduced() {
        let text = "L'allenatore Paolo Conti ha parlato a lungo. Decisivo l'ingresso di Luca Neri, autore del gol. "
            + "Il ventenne ha detto che la vittoria è di tutti."
        XCTAssertEqual(sources(text).last, "Luca Neri")
    }

    func testAnObjectAfterACueIsNoInvertedSubjectWhenTheSentenceOpensWithOne() {
        let text = "Il tecnico del Como, Marco Galli, ha perso la partita. Galli, invece, difende il presidente del club. "
            + "«Il fallo c'era», ha detto."
        XCTAssertEqual(sources(text).last, "Marco Galli")
        // Without a subject before the verb the one after it still speaks next.
        let inverted = "La partita è finita tardi. In chiusura è tornato a parlare l'assessore. «Siamo soddisfatti», ha detto."
        XCTAssertEqual(sources(inverted).last, "assessore")
    }

    func testABareRoleIsNoSeatOfPower() {
        // "Palazzo Raffaello" names the seat that issued a note, not the governor it houses.
        let text = "Il presidente della giunta, Carlo Mancini, non ha parlato in aula. In serata Palazzo Madama ha diffuso una nota. "
            + "Il governatore ha assicurato che il piano arriverà a marzo."
        XCTAssertEqual(sources(text).last, "Carlo Mancini")
    }

    func testThePresidentOfTheGiuntaIsTheGovernor() {
        let text = "Parla il presidente della giunta regionale, Luisa Ferri. Secondo la governatrice, i fondi arriveranno a marzo."
        XCTAssertEqual(sources(text).last, "Luisa Ferri")
    }

    func testTheCommissarioTecnicoIsTheCtNamedBefore() {
        let text = "Il ct azzurro Luciano Rota ha convocato ventotto giocatori. Mancano Bassi e Conti, infortunati. "
            + "Il commissario tecnico ha detto che il gruppo è giovane ma pronto."
        XCTAssertEqual(sources(text).last, "Luciano Rota")
        let selector = "La ct Marta Pini ha scelto le dodici atlete. La selezionatrice ha spiegato che il gruppo è pronto."
        XCTAssertEqual(sources(selector).last, "Marta Pini")
    }

    func testASubjectWithItsArticleAfterAFrontedComplement() {
        let claim = claimSummaries("In una nota la Fonderia Valli annuncia un piano di esuberi per il 2026.").first
        XCTAssertEqual(claim?.content, "un piano di esuberi per il 2026")
        XCTAssertEqual(claim?.source, "Fonderia Valli")
    }
}
