import XCTest
@testable import ItalianNLP

final class SentimentDebunkedFrameTests: XCTestCase {
    func testEmptyTalk() {
        XCTAssertEqual(SentimentTesting.frameRule("Basta con la retorica dell'innovazione.", "mission"), "DebunkedFrame")
        XCTAssertLessThan(SentimentTesting.frames("Ci hanno promesso un progetto visionario.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Altro che vocazione: qui si pensa solo al profitto.")["mission"]?.stance ?? 0, 0)
    }

    func testScareQuotes() {
        XCTAssertLessThan(SentimentTesting.frames("La chiamano «passione», ma sono turni di dodici ore.")["mission"]?.stance ?? 0, 0)
    }

    func testIdiomsOfEmptyTalk() {
        XCTAssertEqual(SentimentTesting.frameRule("Ma quale vocazione, qui si resta per il contratto.", "mission"), "DebunkedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("Si riempiono la bocca di sostenibilità e di impatto sociale.", "mission"), "DebunkedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("La grande visione del sindaco si è ridotta a due aiuole.", "mission"), "DebunkedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("Quei bonus si sono rivelati carta straccia.", "money"), "DebunkedFrame")
    }

    func testPraiseIsNotDebunking() {
        XCTAssertGreaterThan(SentimentTesting.frames("Ma che bella missione avete scelto!")["mission"]?.stance ?? 0, 0)
    }

    func testQuotedSpeechIsNoScareQuote() {
        XCTAssertGreaterThan(SentimentTesting.frames("Il nuovo rettore promette «più ricerca e meno burocrazia».")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La chiamano «innovazione», ma sono solo tagli.")["mission"]?.stance ?? 0, 0)
    }

    func testANegatedCueDebunksNothing() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Vogliamo più impatto e meno slogan.", "mission"), "DebunkedFrame")
    }

    func testSellingIsDebunkingOnlyForAMission() {
        XCTAssertEqual(SentimentTesting.frameRule("Ci hanno venduto il sogno di una scuola digitale.", "mission"), "DebunkedFrame")
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha venduto le sue azioni per due milioni.", "money"), "DebunkedFrame")
    }

    func testDismissalAndShortLife() {
        XCTAssertEqual(SentimentTesting.frameRule("Passione un corno, qui si lavora per la pagnotta.", "mission"), "DebunkedFrame")
        XCTAssertEqual(SentimentTesting.frameRule("Gli ideali del nuovo consiglio sono durati poco.", "mission"), "DebunkedFrame")
        XCTAssertNotEqual(SentimentTesting.frameRule("La sua passione per il mare è durata tutta la vita.", "mission"), "DebunkedFrame")
    }

    func testTalkingAboutBillsIsNoEmptyTalk() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Qui si parla di stipendi da pagare entro venerdì.", "money"), "DebunkedFrame")
    }

    func testWhatTheDebunkingRevealsIsNotDebunked() {
        // A copula ends the debunked noun phrase: the profits after it are what is really there.
        let frames = SentimentTesting.frames("Dietro la retorica della missione ci sono solo i profitti.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAnIdealThatIsOver() {
        XCTAssertLessThan(SentimentTesting.frames("Il sogno di una scuola diversa è svanito in pochi mesi.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La passione per la ricerca, dopo dieci anni di precariato, è finita.")["mission"]?.stance ?? 0, 0)
        // Finishing a piece of work is no verdict on it.
        XCTAssertGreaterThan(SentimentTesting.frames("Ho finito il progetto di ricerca a giugno.")["mission"]?.stance ?? 0, 0)
    }

    func testEmptyTalkNamedAfterTheTerm() {
        XCTAssertLessThan(SentimentTesting.frames("La loro missione aziendale è solo marketing.")["mission"]?.stance ?? 0, 0)
    }

    func testAltroCheDismissesItsWholePhrase() {
        XCTAssertLessThan(SentimentTesting.frames("Altro che azienda nata per migliorare il mondo: contava solo il fatturato.")["mission"]?.stance ?? 0, 0)
    }

    func testAQuotedAnswerIsNoScareQuote() {
        // A short quotation followed by a verb of saying is what someone says.
        XCTAssertGreaterThan(SentimentTesting.frames("«La passione per i bambini», risponde la maestra.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La sua «passione per i bambini» è durata poco.")["mission"]?.stance ?? 0, 0)
    }

    func testAQuotationSaidWithAnIrregularVerbIsDirectSpeech() {
        // "dice", "ha detto": the quotation is what someone says, not scare quotes.
        XCTAssertGreaterThan(SentimentTesting.frames("«Amo questo mestiere», dice la fornaia.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("«Sposo la causa», ha detto il nuovo presidente.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La sua «vocazione» dura fino al primo bonifico.")["mission"]?.stance ?? 0, 0)
    }

    func testTalkReportedPlainlyIsNotDebunked() {
        // "parla di" is empty talk only where something says so: a contrast, a negative word,
        // quotation marks, "solo", "poi", "tanto".
        XCTAssertNotEqual(SentimentTesting.frameRule("La lettera del vescovo parla di vocazioni tra i giovani.", "mission"), DebunkedFrame.name)
        XCTAssertEqual(SentimentTesting.frameRule("L'azienda parla solo di valori e di innovazione.", "mission"), DebunkedFrame.name)
        XCTAssertLessThan(SentimentTesting.frames("Parlano di solidarietà, ma trattengono metà delle donazioni.")["mission"]?.stance ?? 0, 0)
    }

    func testWearinessAndPassingOff() {
        XCTAssertEqual(SentimentTesting.frameRule("I medici di famiglia sono stufi di sentir parlare della loro vocazione.", "mission"), DebunkedFrame.name)
        XCTAssertEqual(SentimentTesting.frameRule("Hanno spacciato per solidarietà un taglio del personale.", "mission"), DebunkedFrame.name)
        XCTAssertEqual(SentimentTesting.frameRule("Fanno passare per passione quello che è sfruttamento.", "mission"), DebunkedFrame.name)
        // Weariness of unpaid work asks for pay: not debunked.
        XCTAssertNotEqual(SentimentTesting.frameRule("Sono stanca di lavorare gratis.", "money"), DebunkedFrame.name)
    }

    func testAFrameAsSomeonesNameForAThingIsDebunked() {
        XCTAssertEqual(SentimentTesting.frameRule("Chiamarlo spirito di squadra è comodo per chi non paga gli straordinari.", "mission"), DebunkedFrame.name)
        XCTAssertLessThan(SentimentTesting.frames("Chiamarlo spirito di squadra è comodo per chi non paga gli straordinari.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Lo chiamano volontariato quello che in realtà è lavoro gratuito.")["mission"]?.stance ?? 0, 0)
        // A name given in earnest praises.
        XCTAssertGreaterThan(SentimentTesting.frames("Questa si chiama passione!")["mission"]?.stance ?? 0, 0)
    }
}
