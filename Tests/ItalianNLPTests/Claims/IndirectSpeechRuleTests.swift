import XCTest

@testable import ItalianNLP

final class IndirectSpeechRuleTests: XCTestCase {
    func testSubjectCueClauseWithChe() {
        let claims = claimSummaries("Il ministro Carlo Neri ha detto che la riforma arriverà in autunno.")
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.kind, .indirect)
        XCTAssertEqual(claims.first?.source, "Carlo Neri")
        XCTAssertEqual(claims.first?.content, "la riforma arriverà in autunno")
    }

    func testDiPlusInfinitive() {
        let claims = claimSummaries("Bianca Ferraris ha promesso di presentare il programma a febbraio.")
        XCTAssertEqual(claims.first?.content, "presentare il programma a febbraio")
    }

    func testDroppedSubjectChainKeepsTheSpeaker() {
        let text = "Marta Zanelli ha incontrato i cittadini. Ha spiegato che i rimborsi sono in ritardo."
        XCTAssertEqual(claimSummaries(text).first?.source, "Marta Zanelli")
    }

    func testFeminineParticipleChoosesTheFeminineSpeaker() {
        let text = "Marco Orsini e Elena Guidi si sono incontrati. Orsini ha parlato per primo. Poi si è detta disponibile a un nuovo tavolo."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.content, "disponibile a un nuovo tavolo")
        XCTAssertEqual(claims.last?.source, "Elena Guidi")
    }

    func testMixedWhenTheClauseHoldsAQuotation() {
        let claims = claimSummaries("Il sindacalista Ugo Ferri ha detto che il piano è «una follia».")
        XCTAssertEqual(claims.first?.kind, .mixed)
    }

    func testParentheticalCue() {
        let claims = claimSummaries("Zuckerberg è netto. Non è lo stipendio, sostiene, ma la missione.")
        XCTAssertEqual(claims.first?.rule, "ParentheticalCue")
        XCTAssertEqual(claims.first?.source, "Zuckerberg")
    }

    func testPostposedCue() {
        let claims = claimSummaries("I lavori finiranno a giugno, ha spiegato l'assessore Paolo Riva.")
        XCTAssertEqual(claims.first?.rule, "PostposedCue")
        XCTAssertEqual(claims.first?.content, "I lavori finiranno a giugno")
        XCTAssertEqual(claims.first?.source, "Paolo Riva")
    }

    func testPassiveAgent() {
        let claims = claimSummaries("È stato annunciato dal presidente Luigi Sarti che il club cambierà sede.")
        XCTAssertEqual(claims.first?.rule, "PassiveAgent")
        XCTAssertEqual(claims.first?.source, "Luigi Sarti")
    }

    func testNegatedAndHedged() {
        let negated = ClaimExtractor().extract("Il ministro Paolo Serra non ha detto che le tasse aumenteranno.").claims
        XCTAssertEqual(negated.first?.negated, true)
        let hedged = ClaimExtractor().extract("Il ministro Paolo Serra avrebbe detto che le tasse aumenteranno.").claims
        XCTAssertEqual(hedged.first?.hedged, true)
    }

    func testInanimateSubjectIsNoSpeaker() {
        XCTAssertTrue(claimSummaries("Questo impegno sottolinea la volontà di guidare il settore.").isEmpty)
        XCTAssertTrue(claimSummaries("Il dato dice poco sulla crescita.").isEmpty)
    }

    func testReportingVerbWithoutAClauseIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il capitano Davide Rossi ha detto addio al calcio.").isEmpty)
    }

    func testHeadingIsNoClaim() {
        XCTAssertTrue(claimSummaries("Ruoming Pang: da Apple a Meta\nIl trasferimento è avvenuto ieri.").isEmpty)
    }

    func testAnaphoricCue() {
        let claims = claimSummaries("Il governo prepara un decreto sulle assunzioni. Lo scrive la Repubblica.")
        XCTAssertEqual(claims.first?.rule, "AnaphoricCue")
        XCTAssertEqual(claims.first?.content, "Il governo prepara un decreto sulle assunzioni")
    }

    func testALongTitleLineIsAHeading() {
        let text = "Ospedale di Rieti, il direttore generale annuncia trenta assunzioni per il pronto soccorso entro giugno\n"
            + "Il piano è stato presentato ieri."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testRelativeCheAfterAnInvertedSubjectIsNoComplementizer() {
        let text = "In serata è intervenuto anche il presidente del consorzio, Aldo Serra, che ha chiesto un rinvio della gara."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.content, "un rinvio della gara")
        XCTAssertEqual(claims.first?.source, "Aldo Serra")
    }

    func testAQuotationReportedByARelativeClauseIsNotTheMainVerbsObject() {
        let text = "In aula ha preso la parola uno dei testimoni, un ex dipendente, che ha ammesso di aver subito «minacce»."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.content, "aver subito «minacce»")
    }

    func testAQuestionWithoutASubjectIsNoReport() {
        XCTAssertTrue(claimSummaries("Lei è il nuovo allenatore. Non teme che la squadra sia troppo giovane?").isEmpty)
    }

    func testAConcessiveClauseWithItsOwnCueEndsTheContent() {
        let text = "Il preside Luigi Amato sostiene che i voti siano migliorati, anche se ammette che i dati sono pochi."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.content, "i voti siano migliorati")
        XCTAssertEqual(claims.count, 2)
    }

    func testANumberOpensANounObject() {
        let claims = claimSummaries("Il pubblico ministero Ada Riva ha chiesto otto anni di reclusione per l'imputato.")
        XCTAssertEqual(claims.first?.content, "otto anni di reclusione per l'imputato")
        XCTAssertEqual(claims.first?.source, "Ada Riva")
    }

    func testASubjectWithItsAppositionIsNoPostposedClaim() {
        XCTAssertTrue(claimSummaries("Il leader della Fiom, Mauro Ligas, ha attaccato il governo.").isEmpty)
    }

    func testANounObjectAfterAnOpenerKeepsTheDroppedSubject() {
        let text = "La segretaria Anna Riva ha parlato in piazza. Poi ha annunciato uno sciopero per il 12 dicembre."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anna Riva")
        // An object clitic before the verb: the noun after it is the subject, no object.
        XCTAssertFalse(claimSummaries("La squadra resta in ritiro. Gli chiede il regolamento di restare.").contains {
            $0.content.hasPrefix("il regolamento")
        })
    }

    func testAnInciseBetweenDashes() {
        let text = "Il tecnico della Provincia, Paolo Neri, è arrivato alle nove. La caldaia – ha spiegato – sarà riparata lunedì."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.rule, "ParentheticalCue")
        XCTAssertEqual(claims.first?.source, "Paolo Neri")
    }

    func testASubjectAfterAFrontedComplementWithAFusedArticle() {
        let text = "I medici di famiglia della provincia hanno incontrato l'assessore. Al termine i medici hanno detto che lo sciopero resta."
        XCTAssertEqual(claimSummaries(text).first?.source, "medici di famiglia della provincia")
    }

    func testASubjectAfterAFrontedComplement() {
        let claims = claimSummaries("Nessuno è rimasto ferito, ma per precauzione il Comune ha chiesto ai residenti di restare in casa.")
        XCTAssertEqual(claims.first?.source, "Comune")
        XCTAssertEqual(claims.first?.content, "restare in casa")
    }
}

/// Subjects that are no name or role: partitives, quantifiers, documents and their authors.
final class IndirectSpeechSubjectTests: XCTestCase {
    func testAPartitiveSubject() {
        let text = "Il pm Carlo Dini ha ascoltato i testimoni. Uno dei dirigenti avrebbe confessato di aver distrutto i documenti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Uno dei dirigenti")
    }

    func testAQuantifierWithAnAdverbBetweenCommas() {
        let text = "Molti residenti, però, sostengono che il rumore sia insopportabile."
        XCTAssertEqual(claimSummaries(text).first?.source, "Molti residenti")
    }

    func testTheAuthorOfADocumentSubject() {
        let text = "Lo studio annuale della Fondazione Marea, diffuso oggi, stima che il turismo crescerà del 5 per cento."
        XCTAssertEqual(claimSummaries(text).first?.source, "Fondazione Marea")
    }

    func testAPrepositionalPhraseIsNoSubject() {
        let text = "Elena Costa ha lasciato l'incarico. In una lettera ha spiegato che la decisione era presa da mesi."
        XCTAssertEqual(claimSummaries(text).last?.source, "Elena Costa")
    }

    func testAPartitiveWithARelativeClause() {
        let text = "Una delle madri che hanno firmato l'esposto, però, ha raccontato di aver ricevuto minacce."
        XCTAssertEqual(claimSummaries(text).first?.source, "Una delle madri")
    }

    func testTheNounPhraseAfterAnAnaphoricCue() {
        let text = "Il fiume ha superato il livello di guardia. Lo segnala il centro funzionale della Regione."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.source, "centro funzionale della Regione")
        XCTAssertEqual(claim?.content, "Il fiume ha superato il livello di guardia")
    }

    func testAVerbInsideTheReportedClauseIsNoSecondClaim() {
        let text = "Il sindaco ha ricordato che il regolamento prevede «tre mesi di preavviso»."
        XCTAssertEqual(claimSummaries(text).count, 1)
    }

    func testTheReportedClauseEndsWhereAnotherSubjectSpeaks() {
        let text = "Il sindaco ha detto che il ponte riaprirà a maggio, mentre l'assessora ha spiegato che servono altri fondi."
        XCTAssertEqual(claimSummaries(text).map(\.content), ["il ponte riaprirà a maggio", "servono altri fondi"])
    }

    func testAGerundBeforeAQuotedObjectReportsIt() {
        let text = "Il rettore ha scritto al ministro chiedendo «più docenti per i corsi di medicina»."
        XCTAssertEqual(claimSummaries(text).map(\.content), ["«più docenti per i corsi di medicina»"])
    }

    func testTheAuthorOfAReconstruction() {
        let text = "Secondo la ricostruzione della polizia stradale, l'auto viaggiava a 140 all'ora."
        XCTAssertEqual(claimSummaries(text).first?.source, "polizia stradale")
    }

    func testANounObjectOfAnAnnouncement() {
        let claims = claimSummaries("Il presidente Nicola Serra ha annunciato il suo ritiro dalla politica.")
        XCTAssertEqual(claims.first?.content, "il suo ritiro dalla politica")
        XCTAssertEqual(claims.first?.source, "Nicola Serra")
    }

    func testANounObjectAfterACoordinatedClause() {
        let text = "Gino Riva ha definito il piano «una beffa» e ha chiesto più controlli sui cantieri."
        XCTAssertEqual(claimSummaries(text).last?.content, "più controlli sui cantieri")
        XCTAssertEqual(claimSummaries(text).last?.source, "Gino Riva")
    }

    func testNoNounObjectForAnInanimateSubjectOrAnIdiom() {
        XCTAssertTrue(claimSummaries("La nuova norma esclude i redditi più alti.").isEmpty)
        XCTAssertTrue(claimSummaries("Il deputato Ugo Nasi ha chiesto la parola.").isEmpty)
    }

    func testAQuotationAnnouncedByAColonAfterAPrepositionIsNoObject() {
        let text = "Il capitano Luca Sala, che ha parlato dopo di lui: «Il mister non c'entra»."
        XCTAssertFalse(claimSummaries(text).contains { $0.content == "dopo di lui" })
        // An object before the colon still holds the quotation (a mixed claim).
        let object = "Ripeteva sempre la stessa frase: ‘La libertà è un compito’."
        XCTAssertEqual(claimSummaries(object).count, 1)
    }

    func testARoleBeforeACutInfinitiveTakesNoComplement() {
        let claims = claimSummaries("I sindacati accusano l'azienda di aver deciso i turni da sola.")
        XCTAssertEqual(claims.first?.source, "sindacati")
        XCTAssertEqual(claims.first?.content, "aver deciso i turni da sola")
    }

    func testAVerbAfterCheAndACliticIsNoSubjectNoun() {
        let text = "Ada Neri ha insegnato per quarant'anni. Alle classi che la invitavano ripeteva sempre: «La libertà è un compito»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Ada Neri")
    }

    func testAParentheticalCueWhoseSubjectTakesAComplement() {
        let text = "Le Acciaierie del Tirreno tagliano 300 posti. La decisione, spiega il gruppo in una nota, è legata al calo degli ordini."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.source, "Acciaierie del Tirreno")
        XCTAssertEqual(claim?.rule, RuleID.parentheticalCue.rawValue)
    }

    func testAnEstimateWithABareNounObject() {
        let claim = claimSummaries("La Confagricoltura stima danni per almeno venti milioni di euro nelle campagne.").first
        XCTAssertEqual(claim?.content, "danni per almeno venti milioni di euro nelle campagne")
    }

    func testProclaimingAStrikeIsNoClaim() {
        XCTAssertTrue(claimSummaries("Otto ore di sciopero alla Fonderia Valli. Lo hanno proclamato ieri Fim e Fiom.").isEmpty)
        XCTAssertTrue(claimSummaries("I sindacati dei trasporti hanno proclamato uno sciopero di ventiquattro ore.").isEmpty)
    }
}
