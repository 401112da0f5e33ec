import XCTest
@testable import ItalianNLP

final class SentimentFrameLexiconTests: XCTestCase {
    func testDefaultFrames() {
        let lexicon = FrameLexicon.default
        for frame in ["mission", "money", "security", "health", "environment"] {
            XCTAssertTrue(lexicon.frames.contains(frame), frame)
        }
        XCTAssertGreaterThan(lexicon.terms.count, 300)
    }

    func testInflectedAndMultiwordTerms() {
        let frames = SentimentTesting.frames("Vogliono cambiare il mondo e i loro stipendi sono bassi.")
        XCTAssertNotNil(frames["mission"])
        XCTAssertNotNil(frames["money"])
        XCTAssertNotNil(SentimentTesting.frames("Cambiamo il mondo!")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Gli straordinari non pagati.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Un'azienda orientata alla missione.")["mission"])
    }

    /// A term's second word is matched as written, through an inflection of it and, for an
    /// article, through any article, whichever candidate of its start word it belongs to (the
    /// matcher looks the next word up once for all of them).
    func testSecondWordsMatchInflectionsAndArticles() throws {
        let custom = try FrameLexicon(tsv: "money\tchiedere aumento\t0.8\nmission\tlasciare il segno\t1\nmission\tlasciare traccia\t0.6\n")
        let analyzer = SentimentAnalyzer(options: .init(frames: custom))
        XCTAssertEqual(analyzer.analyze("Chiedono aumenti da anni.").sentences[0].frames["money"]?.evidence.map(\.term), ["chiedere aumento"])
        XCTAssertEqual(analyzer.analyze("Vuole lasciare un segno.").sentences[0].frames["mission"]?.evidence.map(\.term), ["lasciare il segno"])
        XCTAssertEqual(analyzer.analyze("Vuole lasciare traccia.").sentences[0].frames["mission"]?.evidence.map(\.term), ["lasciare traccia"])
        XCTAssertNil(analyzer.analyze("Vuole lasciare la casa.").frames["mission"])
    }

    func testUserLexiconAddsAndReplaces() throws {
        let user = try FrameLexicon(tsv: "# frame\tterm\tweight\nsport\tcalcio\t1.0\nsport\tallenamento\t0.8\nmoney\tingaggio\t0.9\n")
        XCTAssertEqual(user.frames, ["sport", "money"])
        let added = FrameLexicon.default.merging(user)
        XCTAssertTrue(added.frames.contains("sport"))
        XCTAssertTrue(added.terms.contains { $0.frame == "money" && $0.phrase == "stipendio" })
        let replaced = FrameLexicon.default.merging(user, mode: .replaceFrames)
        XCTAssertFalse(replaced.terms.contains { $0.frame == "money" && $0.phrase == "stipendio" })
        let analyzer = SentimentAnalyzer(options: .init(frames: added))
        let analysis = analyzer.analyze("Gli allenamenti di calcio sono la sua passione.")
        XCTAssertGreaterThan(analysis.frames["sport"]?.salience ?? 0, 1)
    }

    func testBadFilesAreErrors() {
        XCTAssertThrowsError(try FrameLexicon(tsv: "money\tsoldi\n"))
        XCTAssertThrowsError(try FrameLexicon(tsv: "money\tsoldi\t2\n"))
        XCTAssertThrowsError(try FrameLexicon(tsv: "money\t\t0.5\n"))
        XCTAssertThrowsError(try FrameLexicon(contentsOfFile: "/nonexistent/frames.tsv"))
    }

    func testTermsAddedForTheFrameFixture() {
        XCTAssertNotNil(SentimentTesting.frames("Gli hanno offerto il doppio per trasferirsi.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("È un'attività molto redditizia.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("È un lavoro che mi appassiona.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("La RAL è di 35.000 euro.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Ha vinto una borsa di studio a Lund.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Un gesto di solidarietà tra vicini.")["mission"])
    }

    func testMoreMissionAndMoneyTerms() {
        XCTAssertNotNil(SentimentTesting.frames("Vogliamo migliorare la vita dei pazienti.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ci hanno tagliato i buoni pasto.")["money"])
    }

    func testColloquialAndRegionalMoneyWords() {
        // Slang and dialect words for money, and the words of pay slips, fees and allowances.
        for text in [
            "Lì dentro girano un sacco di schei.", "Quello pensa solo ai piccioli.", "Si è messo da parte un bel gruzzolo.",
            "Per il concerto chiedeva un cachet altissimo.", "A marzo mi è arrivato il cedolino sbagliato.",
            "L'azienda ha deciso di fare cassa vendendo i capannoni.", "Quest'anno niente quattordicesima.",
            "Lavora due turni per sbarcare il lunario.", "Un contratto a sei zeri per il nuovo allenatore.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["money"], text)
        }
    }

    func testIdiomsOfVocationAndService() {
        for text in [
            "Ha ancora il sacro fuoco del giornalismo.", "Lo fa per spirito di servizio.", "Ammiro la sua abnegazione.",
            "Il teatro ha una funzione sociale.", "Gioca per amore della maglia.", "Vado in mensa a dare una mano.",
            "Da ragazzo smontava gli orologi per capire come funzionavano.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testWealthUnderpayAndPerks() {
        for text in ["Sono sottopagati da anni.", "Vive di rendita con i risparmi del padre.", "Un bonifico a fine mese e basta.", "Lo fa solo per tornaconto."] {
            XCTAssertNotNil(SentimentTesting.frames(text)["money"], text)
        }
    }

    func testDutyServiceAndCuriosity() {
        for text in [
            "Ha dedicato la vita ai malati di lebbra.", "Sente forte il senso del dovere.", "Lo muove la sete di sapere.",
            "Vogliono cambiare le cose nel loro quartiere.", "Fa beneficenza in silenzio.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testLovingTheWorkAndDoingOnesPart() {
        for text in [
            "Amo il mio lavoro.", "Faccio un lavoro che amo.", "Si prende cura degli anziani del paese.", "Voglio fare la mia parte.",
            "Volevo sentirmi parte di qualcosa di più grande.", "La gioia di insegnare mi basta.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
        XCTAssertLessThan(SentimentTesting.frames("Il mio lavoro non serve a niente.")["mission"]?.stance ?? 0, 0)
    }

    func testIdiomsOfWorkingToLive() {
        // "Lavoro per vivere, non vivo per lavorare": money the motive, devotion to work denied.
        let frames = SentimentTesting.frames("Io lavoro per vivere, non vivo per lavorare.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertNotNil(SentimentTesting.frames("Vogliamo dare una seconda possibilità ai ragazzi del carcere minorile.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ha vinto la lotteria a sessant'anni.")["money"])
    }

    func testIdiomsOfALifeForOthers() {
        for text in [
            "Ha speso la vita per i malati di lebbra.", "Era una vita spesa per gli altri, senza clamore.", "Volevano salvare il mondo con un'app.",
            "A fine turno so di aver aiutato qualcuno.", "Vive per gli altri da quando è andato in pensione.", "Voglio un lavoro che serva a qualcuno.",
            "Lo muove l'amore per la gente del suo quartiere.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testPenniesAndLire() {
        XCTAssertLessThan(SentimentTesting.frames("Per quel lavoro non ho visto un centesimo.")["money"]?.stance ?? 0, 0)
        XCTAssertNotNil(SentimentTesting.frames("Ha insegnato per anni senza chiedere una lira.")["money"])
        // The price of a thing is no pay.
        XCTAssertNil(SentimentTesting.frames("Il caffè al bar costa novanta centesimi.")["money"])
    }

    func testPronominalTermsWithTheirSplitPronoun() {
        // The tokenizer splits "rendermi" into "render" + "mi".
        for text in ["Voglio rendermi utile.", "Ha deciso di mettersi in gioco.", "Bisogna prendersi cura dei più fragili.", "Voleva sentirsi utile."] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
        XCTAssertNotNil(SentimentTesting.frames("Pensano solo a riempirsi le tasche.")["money"])
        // The variants are for matching only: the lexicon lists each term once.
        XCTAssertEqual(FrameLexicon.default.terms.filter { $0.phrase == "rendersi utile" }.count, 1)
    }

    func testIdiomsOfPurposeInPitchesAndObituaries() {
        for text in [
            "Vogliamo rendere la musica accessibile a tutti.", "Nasciamo per democratizzare la finanza.", "La scienza deve servire le persone.",
            "Era sempre pronta ad aiutare i vicini.", "Ha dedicato tutta la sua vita al teatro dei ragazzi.", "Vogliamo dare un futuro a questi ragazzi.",
            "Finalmente faccio quello che amo.", "Voglio lasciare il mondo migliore di come l'ho trovato.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testTermsOpenedByIrregularVerbs() {
        // fare, dare and avere are function words, whose forms the inflection rules do not give.
        for text in ["Con questo progetto facciamo la differenza.", "Lei ha a cuore i ragazzi del quartiere.", "Diamo un futuro a chi esce dal carcere."] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testAContractRenewal() {
        XCTAssertNotNil(SentimentTesting.frames("Il centrocampista aspetta il rinnovo del contratto.")["money"])
    }

    func testBeliefInOnesWorkAndFightingForACause() {
        for text in ["Credo in quello che faccio, ogni giorno.", "Da anni si batte per i diritti dei rider.", "Voglio restituire alla comunità quello che ho ricevuto."] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testRowsOfLoyaltyCareAndSupport() {
        XCTAssertNotNil(SentimentTesting.frames("Il terzino si dice ancora legato alla maglia rossoblù.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ho scelto medicina per curare le persone.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Con un solo stipendio deve mantenere la famiglia.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il progetto sociale del quartiere cerca volontari.")["mission"])
    }

    func testRowsOfProjectsRightsAndMakingEndsMeet() {
        XCTAssertNotNil(SentimentTesting.frames("Il regista ha sposato il progetto fin dal primo giorno.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Da vent'anni si batte per dare voce ai braccianti.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Nei weekend fa il cameriere per arrotondare.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Con due figli è difficile far quadrare i conti.")["money"])
    }

    func testEverydayWordsOfServiceGrowthAndSponsorship() {
        for text in [
            "Da settembre aiuto come posso alla mensa dei poveri della parrocchia.",
            "Il liceo ha raccolto pacchi alimentari per le famiglie sfrattate.",
            "Quell'allenatrice ha la voglia di far crescere i ragazzi del paese.",
            "Per lei il lavoro deve dare dignità a chi lo fa.",
            "Alla sua età corre ancora per vedere fin dove può arrivare.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
        for text in [
            "Senza lo sponsor la squadra non arriva a fine stagione.",
            "Il premio partita per la vittoria nel derby è di diecimila euro.",
            "Alla fine del mese mi resta in tasca poco.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["money"], text)
        }
    }

    func testCuriosityAndALifesWork() {
        for text in [
            "Da ragazzo volevo capire come nascono le montagne.",
            "La fisarmonica è la sua vita, dice il maestro.",
        ] {
            XCTAssertNotNil(SentimentTesting.frames(text)["mission"], text)
        }
    }

    func testAProjectAtTheLowestWeight() {
        let frame = SentimentTesting.frames("Ci ha convinti il progetto.")["mission"]
        XCTAssertNotNil(frame)
        XCTAssertEqual(frame?.salience ?? 0, 0.4, accuracy: 0.001)
    }

    /// Each candidate's head (kept beside the list for the matcher) is its word count and second
    /// word, and each list holds the terms `candidates(forForm:)` gives, for the built-in lexicon
    /// and a custom one, at every form a term may start at.
    func testEverydayWordsOfBeliefUsefulnessAndProfit() {
        // The frames12 rows: believing in it, caring for it, useful work, why one does this job,
        // time given to others; profits and the bonuses of sport.
        XCTAssertNotNil(SentimentTesting.frames("Ci credo ancora, dopo vent'anni di cantiere sociale.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Quel parco mi sta a cuore.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Cerco un lavoro utile.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ogni volta che un ragazzo passa l'esame ricordo perché ho scelto questo mestiere.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Da anni dedica il suo tempo ai malati del reparto.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Un'azienda agricola deve fare utili come tutte le altre.")["money"])
        XCTAssertNotNil(SentimentTesting.frames("Il premio salvezza sarà diviso tra tutti i giocatori della rosa.")["money"])
        // Other senses stay out: useful advice, a prize as an honour.
        XCTAssertNil(SentimentTesting.frames("Ecco tre consigli utili per il viaggio.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Ecco tre consigli utili per il viaggio.")["money"])
    }

    func testCandidateHeadsAreTheTermsWords() throws {
        let custom = try FrameLexicon(tsv: "money\tfare soldi\t0.8\nmission\tvocazione\t1\nmoney\tfar quadrare i conti\t0.6\n")
        for lexicon in [FrameLexicon.default, custom] {
            for form in lexicon.firstForms {
                guard let list = lexicon.candidateList(forForm: form) else {
                    XCTFail(form)
                    continue
                }
                let range = lexicon.candidateRange(ofList: list)
                let terms = Array(lexicon.candidateTerms[range])
                XCTAssertFalse(terms.isEmpty, form)
                XCTAssertEqual(terms.map(\.words), lexicon.candidates(forForm: form)?.map(\.words), form)
                XCTAssertEqual(lexicon.candidateHeads[range].map(\.wordCount), terms.map(\.words.count), form)
                XCTAssertEqual(lexicon.candidateHeads[range].map(\.second), terms.map { $0.words.count > 1 ? $0.words[1] : "" }, form)
                XCTAssertEqual(
                    lexicon.candidateHeads[range].map(\.secondIsArticle),
                    terms.map { $0.words.count > 1 && FrameTermMatcher.articles.contains($0.words[1]) }, form)
            }
            XCTAssertNil(lexicon.candidateList(forForm: "xqzw"))
        }
    }

    func testPeopleWhoNeedYouAndOnesOwnPeople() {
        XCTAssertNotNil(SentimentTesting.frames("I pazienti del reparto hanno bisogno di noi.")["mission"])
        XCTAssertNotNil(SentimentTesting.frames("Ho corso l'ultima gara per la mia gente.")["mission"])
    }
}
