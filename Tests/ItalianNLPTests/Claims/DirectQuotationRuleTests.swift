import XCTest

@testable import ItalianNLP

final class DirectQuotationRuleTests: XCTestCase {
    func testInvertedCueAfterQuotation() {
        let claims = claimSummaries("«Il piano non cambia», ha detto il sindaco Marco Ferri.")
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.kind, .direct)
        XCTAssertEqual(claims.first?.source, "Marco Ferri")
        XCTAssertEqual(claims.first?.content, "Il piano non cambia")
        XCTAssertEqual(claims.first?.rule, "InvertedCueAfterQuotation")
    }

    func testDroppedSubjectTakesTheRecentSpeaker() {
        let text = "Giulia Neri ha parlato a lungo. «Non ci fermeremo», ha aggiunto."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.source, "Giulia Neri")
        XCTAssertEqual(claims.last?.content, "Non ci fermeremo")
    }

    func testSplitQuotationGivesTwoClaimsWithOneSource() {
        let claims = claimSummaries("«Abbiamo sbagliato», dice Paolo Conti, «ma rimedieremo presto».")
        XCTAssertEqual(claims.map(\.content), ["Abbiamo sbagliato", "ma rimedieremo presto"])
        XCTAssertEqual(Set(claims.map(\.source)), ["Paolo Conti"])
        XCTAssertEqual(claims.last?.rule, "SplitQuotation")
    }

    func testColonQuotationWithoutVerb() {
        let claims = claimSummaries("Salvini: «Il governo durerà».")
        XCTAssertEqual(claims.first?.source, "Salvini")
        XCTAssertEqual(claims.first?.rule, "ColonQuotation")
        XCTAssertNil(ClaimExtractor().extract("Salvini: «Il governo durerà».").claims.first?.cue)
    }

    func testCueBeforeQuotation() {
        let claims = claimSummaries("La ministra Anna Bruni ha spiegato: «I fondi arriveranno entro marzo».")
        XCTAssertEqual(claims.first?.source, "Anna Bruni")
        XCTAssertEqual(claims.first?.content, "I fondi arriveranno entro marzo")
    }

    func testDashInciseInsideTheQuotation() {
        let claims = claimSummaries("«La stima resta – ha aggiunto Luca Galli – ma vogliamo impegni scritti».")
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.source, "Luca Galli")
        XCTAssertEqual(claims.first?.rule, "DashInciseInQuotation")
    }

    func testShortQuotedTermsAreNotClaims() {
        let result = ClaimExtractor().extract("Il cosiddetto «decreto sicurezza» è stato approvato ieri.")
        XCTAssertTrue(result.claims.isEmpty)
        XCTAssertEqual(result.quotations.first?.role, .scare)
    }

    func testTitlesAreNotClaims() {
        let result = ClaimExtractor().extract("Il film «La grande bellezza» torna nelle sale.")
        XCTAssertTrue(result.claims.isEmpty)
        XCTAssertEqual(result.quotations.first?.role, .title)
    }

    func testMultiParagraphQuotationReopeningEachParagraph() {
        let text = "Il sindaco Pietro Vela ha scritto: «Abbiamo lavorato per anni.\n«Ora chiediamo rispetto per la città»."
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.quotations.count, 1)
        XCTAssertEqual(result.claims.count, 1)
        XCTAssertEqual(result.claims.first?.source, "Pietro Vela")
    }

    func testNestedQuotations() {
        let text = "«Mi hanno detto “non si può”, ma si può», ha detto Carla Sala."
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.claims.count, 1)
        XCTAssertEqual(result.quotations.count, 2)
        XCTAssertEqual(result.quotations.map(\.depth).sorted(), [0, 1])
    }
}

/// Quotations without a cue of their own: dialogues and interviews.
final class QuotationTurnTests: XCTestCase {
    func testDialogueTurnsAlternate() {
        let text = """
            Il confronto tra Aldo Neri e Bice Sala è stato duro.
            «Le tasse scenderanno», ha promesso Neri.
            «Lo dite da dieci anni», ha risposto Sala.
            «Questa volta abbiamo i fondi.»
            «Quali fondi? Non ci sono.»
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.source), ["Aldo Neri", "Bice Sala", "Aldo Neri", "Bice Sala"])
        XCTAssertEqual(claims.last?.rule, "DialogueTurn")
    }

    func testOneSpeakerGoingOnIsNoTurn() {
        let text = """
            Marco Pace ha parlato a lungo.
            «Il piano è pronto», ha detto Pace.
            «Partiremo a maggio», ha aggiunto Pace.
            «E non ci fermeremo.»
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Pace")
    }

    func testInterviewAnswersFollowTheQuestions() {
        let text = """
            La scrittrice Irene Valle ha parlato con noi del suo nuovo romanzo.
            Perché ha scelto di ambientarlo a Trieste?
            «Perché è la città dove sono cresciuta, e dove tutto passa.»
            Ci sarà un seguito?
            «Forse. Per ora mi riposo.»
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.source), ["Irene Valle", "Irene Valle"])
        XCTAssertEqual(claims.first?.rule, "InterviewAnswer")
    }

    func testAQuotationOpeningASentenceHasNoTitleNounFromThePreviousOne() {
        let text = "Si è chiusa la campagna. «Abbiamo dato tutto fino all'ultimo giorno», ha detto Nina Serra."
        XCTAssertEqual(claimSummaries(text).first?.rule, "InvertedCueAfterQuotation")
    }

    func testTheNameBeforeTheQuotationInTheSameSentence() {
        let text = "Con cui la cantante Paola Riva tornerà in tour «Sarà un anno intenso», ha raccontato."
        XCTAssertEqual(claimSummaries(text).first?.source, "Paola Riva")
    }

    func testANounCueAfterTheQuotation() {
        let claims = claimSummaries("«Il museo resterà aperto anche d'estate», è il commento della direttrice, Sofia Amato.")
        XCTAssertEqual(claims.first?.source, "Sofia Amato")
        XCTAssertEqual(claims.first?.rule, "NounCue")
    }

    func testAContinuationAfterAnotherSubjectIsThatPersonsTurn() {
        let text = "«Il bilancio è in ordine», ha detto Ada Ferri. Il consigliere Nino Gallo scuote la testa. «Mancano quattro milioni all'appello.»"
        XCTAssertEqual(claimSummaries(text).last?.source, "Nino Gallo")
    }

    func testAQuotationAfterAColonThatClosesAClauseAboutAPerson() {
        let text = "La portavoce dei residenti, Irma Longo: «Nessuno ci ha avvertiti dei lavori»."
        XCTAssertEqual(claimSummaries(text).first?.source, "Irma Longo")
        let dropped = "Carla Vitti e Bruno Sala hanno ascoltato il piano. È rimasta perplessa: «Non vedo le coperture»."
        XCTAssertEqual(claimSummaries(dropped).first?.source, "Carla Vitti")
        XCTAssertEqual(claimSummaries(dropped).first?.rule, "QuotationAfterSubject")
    }

    func testAQuotationAfterASentenceAboutAPerson() {
        let text = "Il sindaco Pio Landi non si arrende. «Andremo avanti con il progetto fino in fondo.»"
        XCTAssertEqual(claimSummaries(text).first?.source, "Pio Landi")
    }

    func testNoSpeakerForAQuotationAfterAnInanimateClause() {
        XCTAssertTrue(claimSummaries("Mario Neri ha firmato. Il documento è chiaro: «Nessuna deroga è ammessa per i lavori».").isEmpty)
    }

    func testATitleLineEndingWithAQuotationIsNoClaim() {
        let text = "Porti, Bruno Leoni: «Nessuna vendita ai privati»\nIl presidente dell'Autorità portuale, Bruno Leoni, ha parlato in commissione."
        XCTAssertTrue(claimSummaries(text).isEmpty)
        let body = "«Nessuna vendita ai privati». Lo ha detto Bruno Leoni in commissione.\nLa seduta è durata tre ore."
        XCTAssertFalse(claimSummaries(body).isEmpty)
    }

    func testAQuotationAfterAColonTakesTheClaimBeforeIt() {
        let text = "Il rettore Ivo Sarti ha escluso di volersi dimettere: «Ho ancora molto da fare»."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.source), ["Ivo Sarti", "Ivo Sarti"])
        XCTAssertEqual(ClaimExtractor().extract(text).claims.last.flatMap { $0.cue.map { String(text[$0.range]) } }, "ha escluso")
    }
    func testAQuotationParagraphAfterASentenceAboutOnePersonsSpeech() {
        let text = "È un discorso duro quello pronunciato dalla rettrice dell'Università di Siena, Marta Bini, all'apertura dell'anno.\n"
            + "«I fondi non bastano. Non possiamo continuare a chiedere sacrifici ai ricercatori.»"
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Marta Bini")
        XCTAssertEqual(claims.first?.rule, "QuotationAfterSubject")
    }

    func testAQuotationParagraphAfterASentenceWithoutASpeechHasNoSpeaker() {
        let text = "Ieri è morto Piero Sala, fondatore del club e allenatore per vent'anni.\n«Era un uomo generoso e tenace, ci mancherà.»"
        XCTAssertNotEqual(claimSummaries(text).first?.source, "Piero Sala")
    }

    func testAQuotationParagraphAfterAParagraphThatReportedAPerson() {
        let text = """
            La geologa Marta Lodi sostiene che il versante «si muove ancora di due centimetri al mese».
            «Abbiamo installato sei sensori nuovi. I dati arriveranno ogni ora in Comune.»
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.source, "Marta Lodi")
        XCTAssertEqual(claims.last?.rule, RuleID.quotationParagraphAfterSpeaker.rawValue)
        // A paragraph that reported nobody gives the quotation no speaker by this rule.
        let none = claimSummaries("""
            Il versante si muove ancora di due centimetri al mese.
            «Abbiamo installato sei sensori nuovi. I dati arriveranno ogni ora in Comune.»
            """)
        XCTAssertFalse(none.contains { $0.rule == RuleID.quotationParagraphAfterSpeaker.rawValue })
    }

    func testAColonQuotationAfterAFrontedComplementAndItsSubject() {
        let text = "Il sindaco di Bra, Paolo Grosso, ha firmato l'ordinanza. Nel pomeriggio il sindaco è tornato sul tema: «Nessuno userà l'acqua per i giardini»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Grosso")
    }

    func testTheSentencesSubjectBeforeTheLastSpeakerForAnInvertedCue() {
        let text = """
            «Il bilancio è solido», ha detto il presidente Aldo Ferri.
            Non è sempre stato così. Chiara Neri ripensa ai primi anni del club: «Avevamo sei soci e nessuna sede», ricorda.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "Chiara Neri")
    }

    func testAQuotationAfterASentenceThatNamesNobodyIsTheLastSpeakers() {
        let text = "«Il rifugio aprirà a giugno», spiega la gestrice Anna Ropele. Sui prezzi è prudente. «Vedremo quanto costerà il gasolio.»"
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Ropele")
        XCTAssertEqual(claimSummaries(text).last?.content, "Vedremo quanto costerà il gasolio.")
    }

    func testCosiAfterTheQuotationNamesItsSpeaker() {
        let text = "Il sindaco Luca Ferri ha parlato per primo. «Non lasceremo nessuno indietro». Così la presidente della Provincia, Anna Costa, ha commentato la frana."
        let claim = claimSummaries(text).first { $0.content == "Non lasceremo nessuno indietro" }
        XCTAssertEqual(claim?.source, "Anna Costa")
        XCTAssertEqual(claim?.rule, RuleID.cosiAfterQuotation.rawValue)
    }
}

/// The quotation-rule extensions of the claims11 round: a dash that announces a quotation, and a
/// split quotation whose incise goes on after the speaker.
final class DirectQuotationAnnouncementTests: XCTestCase {
    func testADashAnnouncesTheQuotationOfTheSubject() {
        let text = "Il tecnico di casa, Fabio Guerrini, a fine gara non nasconde la soddisfazione – «Nel primo tempo non eravamo in campo»."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.rule, "QuotationAfterSubject")
        XCTAssertEqual(claim?.source, "Fabio Guerrini")
    }

    func testADatelineDashAnnouncesNothing() {
        XCTAssertTrue(claimSummaries("ROMA – «Nel primo tempo non eravamo in campo».").isEmpty)
    }

    func testASplitQuotationWithARelativeClauseInTheIncise() {
        let text = "«Il nuovo allestimento», osserva Piero Sandri, che per vent'anni ha lavorato nel museo, «sacrifica i reperti romani»."
        let claim = claimSummaries(text).first { $0.content == "sacrifica i reperti romani" }
        XCTAssertEqual(claim?.rule, "SplitQuotation")
        XCTAssertEqual(claim?.source, "Piero Sandri")
    }

    func testAnotherReportingVerbInTheInciseEndsTheSplit() {
        let text = "«Il nuovo allestimento», osserva Piero Sandri, che ha poi aggiunto altro, «sacrifica i reperti romani»."
        XCTAssertFalse(claimSummaries(text).contains { $0.content == "sacrifica i reperti romani" && $0.rule == "SplitQuotation" })
    }

    func testAnArticleOpeningAQuotationIsNoCapitalOfATitle() {
        let text = "«La Francia è unita», ha detto Mario Rossi."
        XCTAssertEqual(claimSummaries(text).first?.kind, .direct)
        XCTAssertEqual(claimSummaries(text).first?.content, "La Francia è unita")
        // A title of capitalised words after its article stays a title.
        let title = "Ha visto il film «Il Resto del Mondo» ieri sera."
        XCTAssertEqual(ClaimExtractor().extract(title).quotations.first?.role, .title)
    }

    func testAQuotationAfterAPersonsReportedClaimInTheSentenceBefore() {
        let text = "La deputata Giulia Serra ha poi chiesto un'audizione urgente. «Il ministro venga in aula». "
            + "Il sindaco Ugo Rota ha lasciato la sala."
        XCTAssertEqual(claimSummaries(text).first { $0.content == "Il ministro venga in aula" }?.source, "Giulia Serra")
    }

    func testAColonClauseWithoutASubjectGoesOnAboutThePersonBefore() {
        let text = "Il ministro Paolo Benassi non ci sta. E in serata torna sull'argomento: «Chi critica non ha letto il testo»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Benassi")
    }

    func testTheReportingVerbBeforeTheColonIsTheQuotationsCue() {
        let text = "Il direttore, Ettore Valli, ricorda che il negativo era perduto: «Abbiamo lavorato su una copia»."
        let result = ClaimExtractor().extract(text)
        let claim = result.claims.first { text[$0.content.range] == "Abbiamo lavorato su una copia" }
        XCTAssertEqual(claim?.cue.map { String(text[$0.range]) }, "ricorda")
    }

    func testAQuotationAfterASpeechEventWithAnInvertedSubject() {
        let text = "«Abbiamo meritato», ha detto l'allenatore Franco Bassi. "
            + "Subito dopo ha parlato il tecnico avversario, Luca Moretti. «Non abbiamo mai tirato in porta»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Luca Moretti")
    }

    func testTheSubjectAfterItsVerbRightBeforeTheColon() {
        let text = "Nella sala stampa è poi arrivato anche il direttore sportivo, Gino Sala: «Del mercato parleremo a giugno»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Gino Sala")
    }

    func testALiveBlogEntryWithTheMediumBeforeTheColon() {
        let text = "Ore 18.10 – L'assessore allo Sport, Irene Valli, su Facebook: «Complimenti a entrambe le squadre»."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.source, "Irene Valli")
        XCTAssertEqual(claim?.content, "Complimenti a entrambe le squadre")
    }

    func testTheSubjectAfterAPredicateBeforeTheColon() {
        let text = "Ne è convinta anche la pediatra Anna Vitale, che da anni segue i bambini del quartiere: «I dati parlano chiaro»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Vitale")
    }

    func testAComplementBeforeTheCueIsNoInanimateSubject() {
        let text = "Il primario Giorgio Lupi ha lasciato l'incarico. "
            + "Ai giornalisti che lo attendevano all'uscita ha detto soltanto: «Ho fatto il mio dovere»."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.source, "Giorgio Lupi")
        XCTAssertEqual(claims.first?.content, "Ho fatto il mio dovere")
    }
}
