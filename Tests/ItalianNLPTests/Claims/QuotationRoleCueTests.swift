import XCTest

@testable import ItalianNLP

/// The cues around quotation marks that decide a quotation's role (QuotationRoleCues.swift and
/// the rule files beside it), each with sentences of its own.
final class QuotationRoleCueTests: XCTestCase {
    /// The role of the quotation whose words are `words`.
    private func role(of words: String, in text: String) -> QuotationRole? {
        let result = ClaimExtractor().extract(text)
        return result.quotations.first { text[$0.content.range] == words }?.role
    }

    // MARK: - Distance and naming

    func testCosiddettoMakesATermEvenInsideAStatement() {
        let text = "Il sindaco Paolo Renzi ha spiegato che il cosiddetto «bonus facciate» ha fatto lievitare i prezzi."
        XCTAssertEqual(role(of: "bonus facciate", in: text), .scare)
        let nested = "«Il cosiddetto “effetto rimbalzo” è finito», ha detto l'economista Carla Neri."
        XCTAssertEqual(role(of: "effetto rimbalzo", in: nested), .scare)
    }

    func testCosiddettoDoesNotMakeAClaimOfTheSentenceSubject() {
        let result = ClaimExtractor().extract("Dai commercianti arrivano critiche sul cosiddetto «biglietto unico per i musei».")
        XCTAssertTrue(result.claims.isEmpty)
    }

    func testGenericChiamanoMakesATerm() {
        XCTAssertEqual(role(of: "turismo di giornata", in: "Il paese vive di quello che gli albergatori chiamano «turismo di giornata»."), .scare)
        XCTAssertEqual(role(of: "ora d'aria", in: "I ragazzi aspettano la «ora d'aria», come la chiamano i detenuti, per giocare a calcio."), .scare)
        XCTAssertEqual(role(of: "notte lunga", in: "In reparto è arrivata quella che chiamano la «notte lunga» del pronto soccorso."), .scare)
    }

    func testNamingVerbsMakeACapitalisedQuotationATitle() {
        XCTAssertEqual(role(of: "Fiume sicuro", in: "Si chiama «Fiume sicuro» il piano che la Regione ha approvato ieri."), .title)
        XCTAssertEqual(role(of: "Strada del vino", in: "La vecchia provinciale, ribattezzata «Strada del vino», sarà chiusa al traffico."), .title)
        XCTAssertEqual(role(of: "il Professore", in: "Il capo della banda era un uomo noto come «il Professore» in tutto il quartiere."), .title)
    }

    func testSomebodyCallingSomebodyIsNoName() {
        // "lo ha chiamato «…»" is one person's word, not a name the text gives.
        let text = "Durante il consiglio l'assessore Bruno Galli lo ha chiamato «irresponsabile» davanti a tutti."
        XCTAssertNotEqual(role(of: "irresponsabile", in: text), .title)
        XCTAssertNotEqual(role(of: "irresponsabile", in: text), .scare)
    }

    // MARK: - Verbs of judging

    func testJudgingVerbMakesTheSpeakersWords() {
        let text = "Al termine dell'incontro la deputata Anna Sarti li ha definiti «ospiti indesiderati»."
        XCTAssertEqual(role(of: "ospiti indesiderati", in: text), .speech)
        let finite = "Il presidente della provincia parla di «tagli insostenibili» per le scuole."
        XCTAssertEqual(role(of: "tagli insostenibili", in: finite), .speech)
    }

    func testAJudgingVerbWinsOverATitleNounAsItsObject() {
        let text = "Il consigliere Marco Frati ha definito il progetto «una promessa elettorale»."
        XCTAssertEqual(role(of: "una promessa elettorale", in: text), .speech)
    }

    func testAPassiveParticipleOfJudgingSpeaksForNobody() {
        let text = "Il nuovo parcheggio, già definito «cattedrale nel deserto», resta vuoto."
        XCTAssertNotEqual(role(of: "cattedrale nel deserto", in: text), .speech)
    }

    // MARK: - Title nouns

    func testTitleNounBeforeACapitalisedQuotation() {
        XCTAssertEqual(role(of: "Estate in bici", in: "Il Comune ha lanciato la campagna «Estate in bici» per i più giovani."), .title)
        XCTAssertEqual(role(of: "Porte aperte", in: "Sabato torna il festival «Porte aperte» nei cortili del centro."), .title)
        XCTAssertEqual(role(of: "Mare pulito", in: "Ieri è stato firmato il decreto «Mare pulito» dal ministro."), .title)
    }

    func testTitleNounAfterAdjectives() {
        XCTAssertEqual(role(of: "Orizzonte 2040", in: "L'azienda ha presentato il piano strategico «Orizzonte 2040» agli azionisti."), .title)
        XCTAssertEqual(role(of: "Volti del porto", in: "In biblioteca apre la mostra fotografica «Volti del porto» con cento immagini."), .title)
        // A noun that looks like an adjective is still the noun.
        XCTAssertEqual(role(of: "Come si vota", in: "Agli elettori sarà spedito il manuale «Come si vota» entro maggio."), .title)
        XCTAssertEqual(role(of: "Salviamo il torrente", in: "Alla riunione c'era anche il comitato «Salviamo il torrente» della frazione."), .title)
    }

    func testTitleNounInApposition() {
        let text = "«Il cielo sopra Bari», il film girato nel quartiere, uscirà a ottobre."
        XCTAssertEqual(role(of: "Il cielo sopra Bari", in: text), .title)
    }

    func testAnOrganisationInAppositionMayBeTheSpeaker() {
        let text = "«Andremo fino in fondo», il comitato dei residenti annuncia un ricorso."
        XCTAssertNotEqual(role(of: "Andremo fino in fondo", in: text), .title)
    }

    func testLowerCaseWordsAfterATitleNounAreAboutIt() {
        let text = "In una nota la società sostiene che il progetto «porterà duecento posti di lavoro»."
        XCTAssertEqual(role(of: "porterà duecento posti di lavoro", in: text), .speech)
    }

    // MARK: - Colon

    func testAHeadingStatementAfterAColonIsSpeech() {
        let text = "Ospedale, nuovi turni. Il direttore: «Nessun reparto chiude»\nROMA – Da lunedì cambiano i turni del personale."
        XCTAssertEqual(role(of: "Nessun reparto chiude", in: text), .speech)
        let capitalised = "Porto, il sindaco: «Riapriremo entro Pasqua»\nGENOVA – Il molo resterà chiuso."
        XCTAssertEqual(role(of: "Riapriremo entro Pasqua", in: capitalised), .speech)
    }

    func testAQuotationOpeningAHeadingBeforeAColonIsSpeech() {
        let text = "«Un lavoro di squadra»: la polizia chiude il caso dei furti in centro\nFIRENZE – Sono stati arrestati ieri."
        XCTAssertEqual(role(of: "Un lavoro di squadra", in: text), .speech)
    }

    // MARK: - Single names and repeated titles

    func testOneCapitalisedUncommonWordIsAName() {
        XCTAssertEqual(role(of: "Libeccio", in: "La casa automobilistica ha presentato ieri il suo nuovo «Libeccio» ai concessionari."), .title)
        XCTAssertEqual(role(of: "ParcheggiaFacile", in: "Da oggi si paga la sosta con l'applicazione comunale, la «ParcheggiaFacile» voluta dalla giunta."), .title)
    }

    func testAOneWordAnswerOpeningTheSentenceIsNoName() {
        let text = "«Inaccettabile», ha commentato il segretario Franco Merli."
        XCTAssertNotEqual(role(of: "Inaccettabile", in: text), .title)
    }

    func testATitleDecidedOnceIsATitleWhereverItRecurs() {
        let text = "Torna «Luci sul lago». Il festival «Luci sul lago» porterà venti concerti a Como."
        XCTAssertEqual(role(of: "Luci sul lago", in: text), .title)
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.quotations.map(\.role), [.title, .title])
    }

    func testANamingParticipleAfterAPrepositionIsANoun() {
        let text = "Per il sindaco Luca Bassi il servizio a chiamata «funziona in città, non in collina»."
        XCTAssertEqual(role(of: "funziona in città, non in collina", in: text), .speech)
    }

    func testATitleNounWithAComplementOfItsOwn() {
        XCTAssertEqual(role(of: "Mare d'inverno", in: "Ha curato anche la raccolta di poesie «Mare d'inverno», uscita nel 2019."), .title)
        XCTAssertEqual(role(of: "Suoni del Po", in: "Torna in agosto il festival di musica «Suoni del Po» a Cremona."), .title)
    }
}
