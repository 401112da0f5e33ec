import XCTest
@testable import ItalianNLP

final class SentimentNegatedFrameTests: XCTestCase {
    func testNegatedMotive() {
        XCTAssertLessThan(SentimentTesting.frames("Non ha cambiato squadra per il denaro.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Né i soldi né la carriera lo convincono.")["money"]?.stance ?? 0, 0)
    }

    func testNegatedSubject() {
        XCTAssertLessThan(SentimentTesting.frames("La retribuzione non è mai stata un problema per lei.")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Gli ideali non pagano le bollette.", "mission"), "NegatedFrame")
    }

    func testConditionsAreNotNegations() {
        XCTAssertGreaterThan(SentimentTesting.frames("Hai ragione, ma se non mi aumentano la paga me ne vado.")["money"]?.stance ?? 0, 0)
    }

    func testANegationInARelativeClauseIsNotTheSubjects() {
        XCTAssertGreaterThan(SentimentTesting.frames("La nostra missione è aiutare chi non ha una casa.")["mission"]?.stance ?? 0, 0)
    }

    func testANeutralPassiveIsNoRejection() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio non è specificato nel bando.", "money"), "NegatedFrame")
    }

    func testAnEllipticalNo() {
        XCTAssertLessThan(SentimentTesting.frames("Le idee ci sono, i soldi no.")["money"]?.stance ?? 0, 0)
    }

    func testATermAfterAPrepositionIsNoSubject() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Se ne vanno perché con mille euro al mese non si vive.", "money"), "NegatedFrame")
    }

    func testAConditionalClauseHasNoSubjectForTheNegation() {
        XCTAssertGreaterThan(SentimentTesting.frames("Se mi pagassero il giusto non cambierei lavoro.")["money"]?.stance ?? 0, 0)
    }

    func testTheObjectOfANegatedVerbOfCaring() {
        XCTAssertLessThan(SentimentTesting.frames("Della paga non gli importa niente.")["money"]?.stance ?? 0, 0)
    }

    func testUnpaidIsNoRejectedMotive() {
        // "Non retribuito" is unpaid work: −1, and no alternative motive follows from it.
        XCTAssertEqual(SentimentTesting.frameRule("Tirocinio non retribuito di sei mesi: la solita storia.", "money"), UnpaidWork.name)
        XCTAssertNil(SentimentTesting.frames("Tirocinio non retribuito di sei mesi: la solita storia.")["mission"])
    }

    func testAConditionBeginsAClauseOfItsOwn() {
        let frames = SentimentTesting.frames("Non mi importa dello stipendio se non posso fare quello che amo.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAChiClauseIsNoNegatedSubject() {
        // The negation is of the motive of whoever does it, not of what they do.
        XCTAssertGreaterThan(SentimentTesting.frames("Chi fa volontariato in carcere non si aspetta ringraziamenti.")["mission"]?.stance ?? 0, 0)
    }

    func testFinchéNonIsUntil() {
        // "finché non arriva": until it comes, no negation of the offer.
        XCTAssertGreaterThanOrEqual(SentimentTesting.frames("Resta in provincia finché non arriva un'offerta da Milano.")["money"]?.stance ?? -1, 0)
    }

    func testTheNegationATermHoldsByConcordIsNoRejection() {
        // "non … nessuno": the "non" belongs to the term "lasciare indietro nessuno".
        XCTAssertGreaterThan(SentimentTesting.frames("Vogliamo una scuola che non lasci indietro nessuno.")["mission"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule("Vogliamo una scuola che non lasci indietro nessuno.", "mission"), NegatedFrame.name)
    }

    /// "Non credo che…": the negation of a verb of believing reaches the clause it governs.
    func testANegatedVerbOfBeliefReachesItsClause() {
        let believed = "Non credo che resti in quella squadra per lo stipendio."
        XCTAssertEqual(SentimentTesting.frameRule(believed, "money"), NegatedFrame.name)
        XCTAssertLessThan(SentimentTesting.frames(believed)["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Non avrei mai immaginato che la pasticceria mi rendesse ricco.")["money"]?.stance ?? 0, 0)
        // Without the negation the motive stands; a negated verb of doing does not reach the clause.
        XCTAssertGreaterThan(SentimentTesting.frames("Ho sempre pensato che restasse in squadra per lo stipendio.")["money"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule("Non ho letto la lettera che parlava della sua passione per il restauro.", "mission"), NegatedFrame.name)
    }

    /// A figure not reached is pay too low, not a motive rejected: no alternative motive follows.
    func testAFigureNotReachedIsInsufficientPay() {
        let text = "Dopo i tagli, a fine mese i rider non arrivano più a ottocento euro."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), InsufficientPay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertNil(SentimentTesting.frames(text)["mission"])
        // A figure a negated clause says is not enough: "con N euro non si…".
        let instrument = "Ha trent'anni e vive ancora coi genitori, perché con cinquecento euro al mese non si mantiene nessuno."
        XCTAssertEqual(SentimentTesting.frameRule(instrument, "money"), InsufficientPay.name)
        XCTAssertNil(SentimentTesting.frames(instrument)["mission"])
        // A figure after "per" is a motive: "non lo farei per mille euro".
        XCTAssertEqual(SentimentTesting.frameRule("Non lo rifarei per mille euro.", "money"), NegatedFrame.name)
    }

    /// "Non direi che…" hedges a belief: its negation reaches the clause as "non credo che" does.
    func testAHedgedSayingIsABelief() {
        XCTAssertLessThan(SentimentTesting.frames("Non direi che restano in corsia per lo stipendio.")["money"]?.stance ?? 0, 0)
    }

    /// A negative word after "senza" is its concord ("senza mai chiedere niente"), not a negation
    /// of the frame; a "non" after a "senza" phrase negates its own clause.
    func testNegativeConcordWithSenzaRejectsNothing() {
        let text = "Ha dedicato la vita ai malati di lebbra senza mai chiedere niente in cambio."
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Senza un buon stipendio non resta nessuno, e la passione non basta.")["mission"]?.stance ?? 0, 0)
    }
}
