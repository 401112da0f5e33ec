import XCTest
@testable import ItalianNLP

final class SentimentCorrectiveConstructionTests: XCTestCase {
    private func corrective(_ text: String) -> [String: SentenceSentimentState.CorrectiveRole] {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize(text).tokens)
        var roles: [String: SentenceSentimentState.CorrectiveRole] = [:]
        for (index, unit) in state.units.enumerated() {
            if let mark = state.corrective[index] { roles[unit.form] = mark.role }
        }
        return roles
    }

    func testNonTantoQuanto() {
        let roles = corrective("Non tanto il guadagno quanto la passione.")
        XCTAssertEqual(roles["guadagno"], .rejected)
        XCTAssertEqual(roles["passione"], .asserted)
        let tanto = corrective("Non è tanto la fatica quanto la noia.")
        XCTAssertEqual(tanto["fatica"], .rejected)
        XCTAssertEqual(tanto["noia"], .asserted)
    }

    func testNonPerMaPer() {
        let roles = corrective("Lo fa non per la fama ma per la gioia di insegnare.")
        XCTAssertEqual(roles["fama"], .rejected)
        XCTAssertEqual(roles["gioia"], .asserted)
    }

    func testPiuCheBothOrders() {
        XCTAssertEqual(corrective("Più che la scienza, gli interessa la carriera.")["scienza"], .rejected)
        XCTAssertEqual(corrective("Più che la scienza, gli interessa la carriera.")["carriera"], .asserted)
        XCTAssertEqual(corrective("Gli interessa la carriera più che la scienza.")["scienza"], .rejected)
        XCTAssertEqual(corrective("Gli interessa la carriera più che la scienza.")["carriera"], .asserted)
        // "più che soddisfatto" is an intensifier, not a correction.
        XCTAssertNil(corrective("Sono più che soddisfatto.")["soddisfatto"])
    }

    func testOpenersWithoutPartner() {
        XCTAssertEqual(corrective("Anziché la protesta, ha scelto il dialogo.")["protesta"], .rejected)
        XCTAssertEqual(corrective("Invece di protestare, ha scritto una lettera.")["protestare"], .rejected)
    }

    func testNonSoloMaAnche() {
        let roles = corrective("Non solo la paga, ma anche il senso del lavoro.")
        XCTAssertEqual(roles["paga"], .added)
    }

    func testPlainNonXMaYIsMarkedForFrames() {
        let roles = corrective("Non è lo stipendio, dice, ma la missione.")
        XCTAssertEqual(roles["stipendio"], .rejected)
        XCTAssertEqual(roles["missione"], .asserted)
        let after = corrective("Ho accettato per i soldi, non per gli ideali.")
        XCTAssertEqual(after["ideali"], .rejected)
        XCTAssertEqual(after["soldi"], .asserted)
    }

    func testRejectedPolarityIsHalvedNotNegated() {
        let sentiment = SentimentTesting.sentiment("Non tanto triste quanto arrabbiato.")
        let triste = SentimentTesting.contribution(sentiment, "triste")
        XCTAssertEqual(triste?.rules.map(\.name), ["CorrectiveConstruction"])
        XCTAssertLessThan(triste?.valence ?? 0, 0)
        XCTAssertLessThan(sentiment.score, 0)
    }

    func testComparisonsDemote() {
        XCTAssertEqual(corrective("Conta la ricerca rispetto ai guadagni.")["guadagni"], .rejected)
        XCTAssertEqual(corrective("Missione oltre il denaro.")["denaro"], .rejected)
        XCTAssertEqual(corrective("Più del compenso, conta il progetto.")["compenso"], .rejected)
    }

    func testNeitherThisNorThat() {
        let frames = SentimentTesting.frames("Non per la carriera, ma neanche per lo stipendio: è rimasto per pigrizia.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        let both = SentimentTesting.frames("Non per i soldi, ma nemmeno per gli ideali: per abitudine.")
        XCTAssertLessThan(both["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(both["money"]?.stance ?? 0, 0)
    }

    /// "Y, non X" rejects a nominal element: a pronoun after "non" opens a clause of its own.
    func testYNonXNeedsANominalElement() {
        let clause = corrective("Ho rifiutato il trasferimento a Milano, e non me ne sono mai pentita.")
        XCTAssertNil(clause["trasferimento"])
        XCTAssertNil(clause["pentita"])
        let nominal = corrective("Ha scelto l'ingaggio, e non il progetto.")
        XCTAssertEqual(nominal["progetto"], .rejected)
        XCTAssertEqual(nominal["ingaggio"], .asserted)
    }

    /// "Y, e non per X": the "e" alone before the marker joins it to the clause before the comma.
    func testTheClauseBeforeTheCommaIsAssertedAfterE() {
        let roles = corrective("Ha firmato per l'ingaggio, e non per il progetto.")
        XCTAssertEqual(roles["progetto"], .rejected)
        XCTAssertEqual(roles["ingaggio"], .asserted)
    }

    /// ", certo, ma" concedes the negated clause before it: no correction.
    func testAConcessionBeforeMaIsNoCorrection() {
        let roles = corrective("Il guadagno non è tutto, certo, ma con tre figli servono entrate sicure.")
        XCTAssertNil(roles["guadagno"])
        XCTAssertNil(roles["entrate"])
        XCTAssertNil(corrective("La fama non conta, d'accordo, ma per una firma chiedono il doppio.")["doppio"])
    }

    /// A "non" in the complement of a verb of saying is a claim reported, which "ma" belies.
    func testAReportedDenialIsBeliedNotCorrected() {
        let roles = corrective("Il consulente dice di non lavorare per la fama, ma per una conferenza chiede cinquemila euro.")
        XCTAssertNil(roles["fama"])
        XCTAssertNil(roles["cinquemila"])
        let frames = SentimentTesting.frames("Il fotografo giura di non lavorare per i soldi, ma per un ritratto chiede tremila euro.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        // Not reported: the correction stands.
        XCTAssertEqual(corrective("Non lavoro per la fama, ma per la gioia di suonare.")["fama"], .rejected)
    }

    /// "non … solo X, ma anche Y" keeps both elements.
    func testNegatedOnlyIsAdditive() {
        let roles = corrective("Non lo fa soltanto per passione, ma anche per mantenere la famiglia.")
        XCTAssertEqual(roles["passione"], .added)
        XCTAssertEqual(roles["famiglia"], .added)
    }
}
