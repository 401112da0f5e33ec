import XCTest
@testable import ItalianNLP

final class SentimentFrameSenseRulesTests: XCTestCase {
    func testMissionAsOperation() {
        XCTAssertNil(SentimentTesting.frames("La missione umanitaria è partita ieri da Brindisi.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il ministro è in missione a Parigi.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La missione della cooperativa è dare lavoro ai giovani.")["mission"])
    }

    func testOtherSenses() {
        XCTAssertNil(SentimentTesting.frames("Allo scopo di ridurre le code, apriremo un secondo sportello.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La visione della partita è vietata ai minori.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Un sorbetto al frutto della passione.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Un menù ricco di verdure.")["money"])
        XCTAssertNil(SentimentTesting.frames("Milioni di turisti hanno visitato la mostra.")["money"])
        XCTAssertNil(SentimentTesting.frames("I carabinieri hanno scoperto una serra abusiva.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La sfida di scacchi è finita in parità.")["mission"])
    }

    func testAPitchIsNoLiving() {
        // "campo" is the noun (a pitch), not a form of *campare*; "si campa" still is money.
        XCTAssertNil(SentimentTesting.frames("Domenica il terzino torna in campo dopo l'infortunio.")["money"])
        XCTAssertNil(SentimentTesting.frames("Nei campi di grano lavorano trenta persone.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Con questo lavoro si campa a fatica.")["money"])
    }

    func testAPlanIsNoPurpose() {
        XCTAssertNil(SentimentTesting.frames("Il progetto di legge arriva in aula martedì.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La giunta ha approvato il progetto esecutivo della rotonda.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Resto in questa squadra perché il progetto mi convince.")["mission"])
    }

    func testPayrollContributionsAreNoContribution() {
        XCTAssertNil(SentimentTesting.frames("Tra tasse e contributi se ne va quasi metà del lordo.")["mission"])
        XCTAssertNil(SentimentTesting.frames("L'azienda non ha versato i contributi all'Inps per due anni.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Volevo dare il mio contributo a una causa giusta.")["mission"])
    }

    func testPricesAreNotPay() {
        XCTAssertNil(SentimentTesting.frames("Il biglietto del treno costa dodici euro.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Lo stipendio è di 1.500 euro al mese.")["money"])
    }

    func testOperationCuesFurtherAfterTheWord() {
        XCTAssertNil(SentimentTesting.frames("L'equipaggio torna dopo una missione di tre settimane nello spazio.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La missione archeologica tedesca ha ripreso gli scavi a Pompei.")["mission"])
    }

    func testSightAndSearch() {
        XCTAssertNil(SentimentTesting.frames("Dopo la cataratta la visione dell'occhio destro è migliorata.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La ricerca dell'escursionista disperso riprenderà domattina con un elicottero.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La ricerca sul cancro ha bisogno di tempo e di curiosità.")["mission"])
    }

    func testSportingCues() {
        XCTAssertNil(SentimentTesting.frames("La sfida di domenica decide il primato nel girone.")["mission"])
    }

    func testFigurativePayment() {
        XCTAssertNil(SentimentTesting.frames("Il partigiano pagò con la vita il suo coraggio.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("L'azienda paga con un mese di ritardo i suoi operai.")["money"])
    }

    func testPublicBudgetsAndShopsAreNotPay() {
        XCTAssertNil(SentimentTesting.frames("La Regione ha stanziato due milioni per la nuova piscina.")["money"])
        XCTAssertNil(SentimentTesting.frames("Parcheggio gratis per chi arriva prima delle nove.")["money"])
        XCTAssertNil(SentimentTesting.frames("Le offerte di Natale riempiono i volantini dei supermercati.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Ha lavorato gratis per un anno in uno studio di architetti.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Ha ricevuto tre offerte di lavoro in una settimana.")["money"])
    }

    func testConsumerBonusIsNotPay() {
        XCTAssertNil(SentimentTesting.frames("Il bonus per le biciclette elettriche è finito in due giorni.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il bonus di fine anno è arrivato a tutti i dipendenti.")["money"])
    }

    func testContractsAndIncreases() {
        XCTAssertNil(SentimentTesting.frames("Il contratto di affitto scade a settembre.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il contratto dei metalmeccanici è stato rinnovato.")["money"])
        XCTAssertNil(SentimentTesting.frames("L'aumento delle temperature preoccupa i viticoltori.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Le cassiere hanno ottenuto un aumento del 6%.")["money"])
    }

    func testSenseAndTargets() {
        XCTAssertNil(SentimentTesting.frames("Che senso ha aspettare ancora?")["mission"])
        XCTAssertNil(SentimentTesting.frames("In un certo senso aveva ragione lui.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Il mio lavoro ha un senso.")["mission"])
        XCTAssertNil(SentimentTesting.frames("I venditori hanno superato gli obiettivi di fatturato.")["mission"])
    }

    func testFundingAndDonationsAreNotPay() {
        XCTAssertNil(SentimentTesting.frames("La Regione investirà due milioni nel nuovo ospedale.")["money"])
        XCTAssertNil(SentimentTesting.frames("Ogni euro donato finisce in borse per i libri di scuola.")["money"])
    }

    func testMoreSportingCues() {
        XCTAssertNil(SentimentTesting.frames("La sfida contro la capolista si giocherà sabato.")["mission"])
    }

    func testSlangAndBackPay() {
        XCTAssertNil(SentimentTesting.frames("Ha avuto parecchie grane con il fisco.")["money"])
        XCTAssertNil(SentimentTesting.frames("Il Grana Padano stagionato costa di più.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Quella famiglia ha sempre avuto tanta grana.")["money"])
        XCTAssertNil(SentimentTesting.frames("I paesi arretrati crescono in fretta.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("A giugno arrivano gli arretrati.")["money"])
    }

    func testImportaIsNoAmount() {
        XCTAssertNil(SentimentTesting.frames("Non mi importa di nulla.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("L'importo del rimborso è fissato dal contratto.")["money"])
    }

    func testLoveProgressOfPatientsAndNightVision() {
        XCTAssertNil(SentimentTesting.frames("Il film racconta una passione travolgente tra due studenti di Bologna.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il suo romanzo parla di una passione proibita.")["mission"])
        XCTAssertNil(SentimentTesting.frames("I progressi del malato sono lenti ma costanti.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il drone ha una telecamera per la visione notturna.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La sua passione per l'insegnamento non si è mai spenta.")["mission"])
    }

    func testWealthOfPlacesAndInCompenso() {
        XCTAssertNil(SentimentTesting.frames("Le regioni ricche del Nord attirano lavoratori dal Sud.")["money"])
        XCTAssertNil(SentimentTesting.frames("I Paesi più ricchi inquinano di più.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Vuole diventare ricco prima dei trent'anni.")["money"])
        XCTAssertNil(SentimentTesting.frames("La stanza è piccola; in compenso la vista è splendida.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il compenso per la traduzione arriverà a fine mese.")["money"])
    }

    func testGainsThatAreNotMoney() {
        XCTAssertNil(SentimentTesting.frames("Il Napoli si è guadagnato un calcio d'angolo.")["money"])
        XCTAssertNil(SentimentTesting.frames("Con questa mossa abbiamo guadagnato tempo.")["money"])
        XCTAssertNil(SentimentTesting.frames("In pochi mesi si è guadagnata la fiducia dei colleghi.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Da quelle parti si guadagna bene.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Si guadagna da vivere facendo la guida alpina.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Si è guadagnato uno stipendio da dirigente.")["money"])
    }

    func testAFigurativeInvestment() {
        XCTAssertNil(SentimentTesting.frames("La scuola a tempo pieno è un investimento sul futuro dei ragazzi.")["money"])
        XCTAssertNil(SentimentTesting.frames("Formare i tecnici è un investimento nelle persone.")["money"])
    }

    func testSportingCuesInThePlural() {
        XCTAssertNil(SentimentTesting.frames("La sfida tra le due squadre si gioca sabato sera.")["mission"])
    }

    func testSearchesDreamsCollisionsLensesAndPastimes() {
        XCTAssertNil(SentimentTesting.frames("La ricerca di un appartamento a Bologna è una lotteria.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La ricerca sul diabete ha bisogno di fondi stabili.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Stanotte ho fatto un sogno strano.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Nell'impatto contro il camion l'auto si è ribaltata.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Serve una valutazione di impatto ambientale.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Vogliamo avere un impatto sulla vita delle persone.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il fotografo ha cambiato obiettivo per lo scatto notturno.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La sua passione per la pesca lo porta al lago ogni domenica.")["mission"])
        XCTAssertNil(SentimentTesting.frames("L'ambizione del club è tornare in Serie A con la squadra dei giovani.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La scoperta della salma ha sconvolto il paese.")["mission"])
    }

    func testGrantsSharesAndConsumerIncentives() {
        XCTAssertNil(SentimentTesting.frames("Il contributo del Comune ammonta a duecentomila euro.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Le azioni della banca hanno chiuso in forte ribasso.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Ai dipendenti andranno azioni della società.")["money"])
        XCTAssertNil(SentimentTesting.frames("Gli incentivi per le auto elettriche ripartono a marzo.")["money"])
    }

    func testAChallengeBetweenTwoSidesIsAContest() {
        XCTAssertNil(SentimentTesting.frames("La sfida fra Bagnaia e Martín si deciderà all'ultima curva.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ho accettato la sfida di portare la fibra nei paesi di montagna.")["mission"])
    }

    func testOnesOwnSharesAreWealth() {
        XCTAssertNotNil(SentimentTesting.frames("Prima del crollo del titolo il fondatore ha venduto le sue azioni.")["money"])
        XCTAssertNil(SentimentTesting.frames("Dopo il crollo del titolo le azioni hanno recuperato il 3%.")["money"])
    }

    func testMeasuredLevelsBudgetsAndThePassion() {
        XCTAssertNil(SentimentTesting.frames("Dopo la dieta i valori della glicemia sono scesi.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("I valori della cooperativa sono scritti sulla porta.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La giunta ha approvato l'impegno di spesa per le aiuole.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il coro canterà la passione di Cristo venerdì sera.")["mission"])
    }

    func testProfitAsAnAimIsMoney() {
        // "a scopo di lucro" is money; "senza scopo di lucro" names a non-profit body, as "onlus" does.
        XCTAssertNil(SentimentTesting.frames("È una casa di cura a scopo di lucro.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("È una casa di cura a scopo di lucro.")["money"])
        XCTAssertNil(SentimentTesting.frames("È una casa di cura senza scopo di lucro.")["money"])
    }

    func testAChallengeWithANamedSideIsAContest() {
        XCTAssertNil(SentimentTesting.frames("Alla vigilia della sfida con la Reggiana il mister ha parlato in conferenza.")["mission"])
    }

    func testAMonthIsPayOnlyAsARate() {
        // "la prima domenica del mese" names no pay: the free entry is a price.
        XCTAssertNil(SentimentTesting.frames("Ingresso gratis allo zoo la prima domenica del mese.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il biglietto lo paga l'azienda: guadagno 1.300 euro al mese.")["money"])
    }

    func testSpaceMissionsAndScreeningsAreOtherSenses() {
        XCTAssertNil(SentimentTesting.frames("La missione della NASA porterà un rover su Marte.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Durante la visione del film in sala c'era silenzio.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Con il nuovo piano, la nostra missione è portare la banda larga nelle valli.")["mission"])
    }

    /// "offerti" is the participle of offrire, not the feminine noun of a job offer.
    func testAMasculineParticipleIsNoOffer() {
        XCTAssertNil(SentimentTesting.frames("Il catalogo elenca i corsi offerti dalla biblioteca comunale.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Ha accettato l'offerta della banca senza pensarci.")["money"])
    }
}
