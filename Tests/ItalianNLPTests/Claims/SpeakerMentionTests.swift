import XCTest

@testable import ItalianNLP

final class SpeakerMentionTests: XCTestCase {
    func testFullNameAndSurnameAreOneSource() {
        let text = "Mark Zuckerberg ha parlato a lungo. «Non è lo stipendio», ha detto Zuckerberg."
        XCTAssertEqual(claimSummaries(text).last?.source, "Mark Zuckerberg")
    }

    func testAppositionTiesARoleToAName() {
        let text = "Lucia Martorana, sindaca di Bari, ha inaugurato la piazza. «Torna ai cittadini», ha detto la sindaca."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lucia Martorana")
    }

    func testRoleFollowedByAName() {
        let text = "Il ministro dell'Economia Paolo Serra ha detto che non ci saranno nuove tasse."
        XCTAssertEqual(claimSummaries(text).first?.source, "Paolo Serra")
    }

    func testPersonNounsByTheirSuffix() {
        let text = "Secondo il curatore fallimentare, i creditori recupereranno poco."
        XCTAssertEqual(claimSummaries(text).first?.kind, .according)
        XCTAssertTrue(claimSummaries("Secondo il settore, le vendite sono in calo.").isEmpty)
    }

    func testAnAdjectiveInBileClosesARole() {
        let text = "I dipendenti della ditta responsabile hanno spiegato che il cantiere riaprirà lunedì."
        XCTAssertEqual(claimSummaries(text).first?.source, "dipendenti della ditta responsabile")
    }

    func testDatelineIsNoSpeaker() {
        let text = "PARMA – «Il porto non si vende», ha detto il presidente Riccardo Mancini."
        XCTAssertEqual(claimSummaries(text).first?.source, "Riccardo Mancini")
    }

    func testCommonNounSubjectOfAReportedClause() {
        let text = "L'imputato ha negato di averli autorizzati personalmente."
        XCTAssertEqual(claimSummaries(text).first?.content, "averli autorizzati personalmente")
    }
}

/// Mentions found by the rules added for sources: adjectives inside roles, organisations after
/// their group noun, appositions with an article, and what is not a name.
final class SpeakerMentionShapeTests: XCTestCase {
    private func mentions(_ text: String) -> [SpeakerMention] {
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        return document.sentences.indices.flatMap { finder.mentions(in: $0) }
    }

    func testAnAdjectiveBetweenARoleAndANameStaysInTheMention() {
        let found = mentions("Ieri il sindacalista veneto Bruno Carraro ha lasciato la sala.")
        XCTAssertEqual(found.first?.name, "Bruno Carraro")
        XCTAssertEqual(found.first?.kind, .name)
    }

    func testAdjectivesCloseARoleBeforeAComma() {
        let found = mentions("Il direttore sanitario, Luca Ferro, ha firmato.")
        XCTAssertEqual(found.first?.name, "direttore sanitario")
        XCTAssertFalse(found.first?.isBare ?? true)
    }

    func testAVerbAfterARoleIsNoAdjective() {
        let found = mentions("Il sindaco incontra domani i commercianti.")
        XCTAssertEqual(found.first?.name, "sindaco")
        XCTAssertTrue(found.first?.isBare ?? false)
    }

    func testAnOrganisationAfterItsGroupNoun() {
        let found = mentions("La crisi è stata confermata dalla società Vetrerie Adriatiche ai lavoratori.")
        XCTAssertEqual(found.first?.name, "Vetrerie Adriatiche")
        XCTAssertTrue(found.first?.isOrganisation ?? false)
    }

    func testACapitalisedGroupNounBelongsToTheName() {
        XCTAssertEqual(mentions("Il Consorzio Valle Verde ha smentito.").first?.name, "Consorzio Valle Verde")
    }

    func testAMediumNamedBetweenQuotationMarks() {
        let found = mentions("Lo ha scritto il settimanale «Cronache del Lago» nel numero di ieri.")
        XCTAssertEqual(found.first?.name, "Cronache del Lago")
    }

    func testAnotherPersonIsIndefinite() {
        let found = mentions("Un'altra infermiera ha raccontato la stessa cosa.")
        XCTAssertEqual(found.first?.name, "altra infermiera")
        XCTAssertTrue(found.first?.isIndefinite ?? false)
    }

    func testAnAgeIsNoDateline() {
        XCTAssertEqual(mentions("Teresa Galli, 64 anni, abita al terzo piano.").first?.name, "Teresa Galli")
    }

    func testAClitcOpeningAQuotationIsNoName() {
        XCTAssertTrue(mentions("«Ci hanno ignorato per mesi», ha detto.").isEmpty)
    }

    func testACommonWordIsASurnameWhenTheDocumentCapitalisesItMidSentence() {
        let found = mentions("Ha segnato Luca Conti. Conti, 20 anni, era al primo gol.")
        XCTAssertEqual(found.map(\.name), ["Luca Conti", "Conti"])
    }

    func testAnInfinitiveIsNoComplementOfARole() {
        let found = mentions("Ha chiesto al governo di sbloccare i fondi.")
        XCTAssertEqual(found.first?.name, "governo")
    }
    func testTheRoleBeforeANameNamesThePersonLater() {
        let text = "Il questore Marina Colombo ha incontrato i commercianti. «Serve pazienza», ha spiegato la questora."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marina Colombo")
        let synonym = "Il pubblico ministero Ugo Ferri ha parlato per tre ore. «Le prove sono solide», ha detto il pm."
        XCTAssertEqual(claimSummaries(synonym).last?.source, "Ugo Ferri")
    }

    func testARoleBeforeANameIsKeptButNotAFormerOne() {
        func roleWords(_ text: String) -> ClosedRange<Int>? {
            let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
            return mentions(text).first.flatMap { SpeakerMentionFinder.roleWords(of: $0, in: document) }
        }
        XCTAssertEqual(roleWords("Il sindaco Giorgio Valli ha lasciato la sala."), 1...1)
        XCTAssertNil(roleWords("L'ex sindaco Giorgio Valli ha lasciato la sala."))
        XCTAssertNil(roleWords("Giorgio Valli ha lasciato la sala."))
    }

    func testAnAppositionAfterAShortComplementOfTheRole() {
        let text = "«Il testo va riscritto», ha detto il capogruppo in consiglio regionale, Piero Lanza, ai cronisti."
        XCTAssertEqual(claimSummaries(text).first?.source, "Piero Lanza")
        let later = "La portavoce a Bruxelles, Irma Keller, ha lasciato la riunione. Poco dopo la portavoce ha detto che l'accordo è vicino."
        XCTAssertEqual(claimSummaries(later).last?.source, "Irma Keller")
    }

    func testAGenericPersonNounNamesThePersonJustIntroduced() {
        let text = "Ieri in caserma è arrivata la denuncia di un commerciante di Lodi. L'uomo ha raccontato di aver pagato per mesi."
        XCTAssertEqual(claimSummaries(text).first?.source, "commerciante di Lodi")
        let named = "Sul posto è arrivata Carla Neri, residente nel palazzo. La donna ha detto che il fumo usciva dalle cantine."
        XCTAssertEqual(claimSummaries(named).first?.source, "Carla Neri")
    }

    func testAnUnnamedOrganisationInARoleIsNamedAgainByItsNoun() {
        let text = "Il presidente dell'associazione dei consumatori lombardi, Mario Gallo, ha presentato i dati. "
            + "Secondo i calcoli dell'associazione, le bollette sono salite del venti per cento."
        XCTAssertEqual(claimSummaries(text).last?.source, "associazione dei consumatori lombardi")
    }

    func testPiuOpeningASentenceIsNoName() {
        let text = "Più critica la segretaria Anna Ferri, che ha definito la proposta «un passo indietro»."
        XCTAssertEqual(claimSummaries(text).first?.source, "Anna Ferri")
    }
    func testAGenderedRoleIsNoPlaceNamedBefore() {
        let text = "Al liceo classico Manzoni di Lecco le lezioni riprendono lunedì. «Siamo pronti», dice la preside."
        XCTAssertEqual(claimSummaries(text).first?.source, "preside")
    }

    func testAComplementWithAFusedPrepositionIsNoSubject() {
        let text = "Il presidente del comitato nel consiglio di quartiere ha detto che la piazza resterà chiusa."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "consiglio di quartiere")
    }
    func testACircumstanceWithAIsNoPartOfTheRole() {
        let text = "Il sindaco Paolo Neri ha parlato. «Siamo pronti», ha detto il sindaco ai giornalisti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Neri")
        XCTAssertEqual(mentions("L'assessora al Lavoro ha firmato.").first?.name, "assessora al Lavoro")
        XCTAssertEqual(mentions("Fonti vicine al governo confermano.").first?.name, "Fonti vicine al governo")
    }

    func testATitleNamesItsTopicBeforeARole() {
        let text = "Processo Landi, la difesa chiede l'assoluzione\nSecondo la difesa, le prove sono insufficienti."
        XCTAssertEqual(claimSummaries(text).first?.source, "difesa")
    }

    func testANameAfterARoleInAPrepositionalPhraseIsTheNextSubject() {
        let text = "Per l'accusa, Bruno Landi avrebbe incassato duecentomila euro."
        XCTAssertEqual(claimSummaries(text).first?.source, "accusa")
        let closed = "Secondo il procuratore, Aldo Riva, le prove sono solide."
        XCTAssertEqual(claimSummaries(closed).first?.source, "Aldo Riva")
    }

    func testOrganisationNameTailTakesLowerCaseWords() {
        let claims = claimSummaries("Secondo l'Agenzia regionale per la protezione ambientale, l'aria è tornata respirabile.")
        XCTAssertEqual(claims.first?.source, "Agenzia regionale per la protezione ambientale")
        let adjectives = claimSummaries("Il Servizio sanitario regionale sostiene che le liste d'attesa si accorceranno.")
        XCTAssertEqual(adjectives.first?.source, "Servizio sanitario regionale")
        let complement = claimSummaries("L'Ordine dei farmacisti di Lecce ha chiesto di rivedere i turni estivi.")
        XCTAssertEqual(complement.first?.source, "Ordine dei farmacisti di Lecce")
    }

    func testOrganisationNameTailStopsAtAVerbThatIsNotACue() {
        // "vuole chiudere il reparto" is no part of the name: the tail is not closed by a cue.
        let claims = claimSummaries("L'Azienda ospedaliera vuole chiudere il reparto, ha detto il primario Sergio Conti.")
        XCTAssertFalse(claims.contains { $0.source?.contains("vuole") == true })
    }

    func testAGroupNounsNameAfterItsComplement() {
        let claims = claimSummaries("Il sindacato degli infermieri Nursind Piemonte ha denunciato che mancano duecento infermieri.")
        XCTAssertEqual(claims.first?.source, "Nursind Piemonte")
        // A capitalised phrase that goes on is not the name: "il gruppo dei piccoli Comuni montani".
        let phrase = claimSummaries("Il gruppo dei piccoli Comuni montani ha chiesto di rinviare la riforma.")
        XCTAssertNotEqual(phrase.first?.source, "Comuni")
    }

    func testAGroupNounWithAnAdjectiveThenItsName() {
        let claims = claimSummaries("Secondo il quotidiano spagnolo Expansión, la trattativa è chiusa.")
        XCTAssertEqual(claims.first?.source, "Expansión")
    }

    func testMultiwordCueHeadClosesARoleWithAdjectives() {
        let claims = claimSummaries("La polizia stradale fa sapere che il tratto riaprirà lunedì.")
        XCTAssertEqual(claims.first?.source, "polizia stradale")
    }

    // MARK: Particles, complements and "stesso"

    func testASurnameWithAParticleOpensASentenceWhenSpeechFollows() {
        let found = mentions("La seduta è finita tardi. Di Lello ha spiegato che i medici sono pochi.")
        XCTAssertEqual(found.first?.name, "Di Lello")
        // "Di" alone, a place, an organisation: still prepositions and articles.
        XCTAssertFalse(mentions("Da Roma arriva la conferma.").contains { $0.name.hasPrefix("Da") })
        XCTAssertFalse(mentions("La Lega ha detto che il voto è vicino.").contains { $0.name.hasPrefix("La ") })
    }

    func testASurnameWithAnArticleParticleNeedsTheFullNameElsewhere() {
        let found = mentions("Il consigliere Paolo Lo Russo ha votato contro. Lo Russo ha detto che il bilancio è sbagliato.")
        XCTAssertEqual(found.last?.name, "Lo Russo")
        XCTAssertEqual(found.last?.tokens.lowerBound, found.last?.core.lowerBound)
    }

    func testAParticleSurnameOpeningASentenceIsThePersonNamedBefore() {
        let text = "La sindaca di Ortona, Enza Di Marzio, ha preso la parola per prima. Poi ha parlato il direttore Luigi "
            + "Parodi. Di Marzio ha annunciato che i sindaci scriveranno alla Regione."
        XCTAssertEqual(claimSummaries(text).last?.source, "Enza Di Marzio")
    }

    func testAPrepositionAfterAFullNameOpensItsComplement() {
        XCTAssertEqual(mentions("Lo dice Mario Bianchi della Cgil di Roma.").first?.name, "Mario Bianchi")
        let text = "«Serve un piano», dice Mario Bianchi della Cgil di Roma. Secondo Bianchi, i posti a rischio sono mille."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["Mario Bianchi", "Mario Bianchi"])
        // A particle right after the given name, or after two given names, belongs to the name.
        XCTAssertEqual(mentions("Lo scrisse Leonardo da Vinci.").first?.name, "Leonardo da Vinci")
        XCTAssertEqual(mentions("Ieri Maria Grazia di Benedetto ha parlato.").first?.name, "Maria Grazia di Benedetto")
    }

    func testSameBeforeANameStressesThePerson() {
        let found = mentions("Lo ha ammesso lo stesso Sarti.")
        XCTAssertEqual(found.first?.name, "Sarti")
        XCTAssertEqual(found.first?.gender, "m")
        let text = "Luca Sarti ha segnato due gol, Giulia Bianchi ha parato un rigore. La stessa Bianchi ha detto che la squadra è forte."
        XCTAssertEqual(claimSummaries(text).last?.source, "Giulia Bianchi")
    }

    func testSameBeforeARoleStressesTheRole() {
        let found = mentions("Lo ha confermato la stessa sindaca di Bari.")
        XCTAssertEqual(found.first?.name, "sindaca di Bari")
        XCTAssertEqual(found.first?.tokens.lowerBound, 3)
    }

    func testASectorAfterABodysNameJoinsTheRoleBeforeAnApposition() {
        let text = "Immediata la risposta della segretaria dell'Usb trasporti, Paola Ricci: «Il ministro non ascolta»."
        XCTAssertEqual(claimSummaries(text).first?.source, "Paola Ricci")
        // Without a name in apposition the role keeps its complement only.
        XCTAssertEqual(mentions("La segretaria dell'Usb trasporti ha parlato a lungo.").first?.name, "segretaria dell'Usb")
    }

    func testATitleTheLexiconLacksBeforeAFullName() {
        let found = mentions("Ieri il geometra Luca Neri ha firmato il verbale.")
        XCTAssertEqual(found.first?.name, "Luca Neri")
        XCTAssertEqual(found.first?.tokens.lowerBound, 1)
        let text = "L'ingegnere Paolo Biagi si è detto fiducioso: «Se il tempo ci aiuta, abbiamo finito»."
        XCTAssertEqual(claimSummaries(text).first?.source, "Paolo Biagi")
        // A fused preposition is no article of a title: "Nel pomeriggio" stays outside the name.
        XCTAssertEqual(mentions("Nel pomeriggio Mario Rossi ha firmato.").first?.tokens.lowerBound, 2)
    }

    func testAnOrganisationOpeningASentenceBeforeItsDescription() {
        let text = "Il volo è stato cancellato. Ferrovie del Nord, la società che gestisce la linea, respinge le accuse. "
            + "Secondo la società, i treni erano in orario."
        XCTAssertEqual(mentions(text).first?.name, "Ferrovie del Nord")
        XCTAssertEqual(claimSummaries(text).first?.source, "Ferrovie del Nord")
        // Without the description in apposition an ordinary word opening the sentence stays one.
        XCTAssertFalse(mentions("Ferrovie e porti, ha detto il ministro, restano aperti.").contains { $0.name.hasPrefix("Ferrovie") })
    }

    func testASurnameAfterACapitalisedParticleIsNoGivenName() {
        XCTAssertEqual(mentions("«Non ci sto», ha detto Del Piero.").first?.name, "Del Piero")
        XCTAssertEqual(mentions("Lo ha confermato De Rosa in aula.").first?.name, "De Rosa")
        // A place before a given name is still cut off: "Lecce Antonio Carluccio".
        XCTAssertEqual(mentions("Ha parlato a Lecce Antonio Carluccio.").last?.name, "Antonio Carluccio")
    }

    func testAnElidedParticleBelongsToTheSurname() {
        let text = "Il deputato Marco Dell'Orto ha parlato. Poi è intervenuto Luigi Neri. Dell'Orto ha spiegato che i fondi mancano."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Dell'Orto")
    }

    func testParticleRunsAndHyphensInsideNames() {
        XCTAssertEqual(mentions("Lo ha detto Ursula von der Leyen a Bruxelles.").first?.name, "Ursula von der Leyen")
        XCTAssertEqual(mentions("Lo ha detto Jean-Luc Mélenchon a Parigi.").first?.name, "Jean-Luc Mélenchon")
        // A dash between spaces is no hyphen: "il ministro Rossi - ieri".
        XCTAssertEqual(mentions("Lo ha detto Carlo Rossi - ieri - a Roma.").first?.name, "Carlo Rossi")
    }

    func testARoleWithoutArticleOpensAnInvertedSubject() {
        XCTAssertEqual(claimSummaries("«Serve coraggio», ha detto don Luigi Ciotti.").first?.source, "Luigi Ciotti")
    }

    func testARoleWithAFieldBeforeTheName() {
        // "lettere" is a plural noun, not an infinitive after "di": the role and the name are one mention.
        let text = "La docente di lettere Anna Villa è contraria: «Così si perde il senso della gita»."
        XCTAssertEqual(claimSummaries(text).first?.source, "Anna Villa")
        XCTAssertFalse(MultiwordExpansion.infinitives.contains("lettere"))
        XCTAssertFalse(MultiwordExpansion.infinitives.contains("cantiere"))
        XCTAssertTrue(MultiwordExpansion.infinitives.contains("raccogliere"))
    }

    func testAProfessionInAppositionNamesThePersonLater() {
        let text = "È morto Aldo Serra, l'ingegnere che progettò il ponte sul Po. "
            + "L'ingegnere lo considerava il suo lavoro migliore: «Semplice e solido», ripeteva."
        XCTAssertEqual(claimSummaries(text).last?.source, "Aldo Serra")
    }

    func testTheGovernorIsThePresidentOfTheRegion() {
        let text = "Il presidente della Regione, Marco Villa, ha parlato. «Le risorse ci sono», assicura il governatore."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Villa")
    }
}
