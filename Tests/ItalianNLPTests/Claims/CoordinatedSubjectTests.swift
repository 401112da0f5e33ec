import XCTest

@testable import ItalianNLP

/// A cue coordinated with the claim before it in its sentence shares that claim's speaker.
final class CoordinatedSubjectTests: XCTestCase {
    func testACoordinatedCueKeepsTheFirstSpeaker() {
        let text = "Il consorzio Acque Chiare sostiene di aver rispettato «tutte le norme del bando» "
            + "e assicura che i lavori finiranno entro maggio."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 2)
        XCTAssertEqual(claims.last?.source, "Acque Chiare")
    }

    func testAGerundAfterAQuotationKeepsItsSpeaker() {
        let text = "Il sottosegretario Mario Bassi ha parlato ai cronisti. «Il governo farà la sua parte», "
            + "ha assicurato, aggiungendo che i fondi arriveranno a giugno."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.content, "i fondi arriveranno a giugno")
        XCTAssertEqual(claims.last?.source, "Mario Bassi")
    }

    func testANewSubjectBreaksTheCoordination() {
        let text = "Il sindaco Carlo Rota ha detto che il ponte riaprirà, ma l'assessora Lia Conti ha precisato che servono altri controlli."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lia Conti")
    }
    func testTheSpeakerStaysTheSubjectAfterNamingSomeoneInTheClaim() {
        let text = "Il sindaco Mario Rossi ha parlato in consiglio. Ha detto che Luca Bianchi ha sbagliato i conti. "
            + "Ha poi aggiunto che la giunta andrà avanti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Mario Rossi")
    }
}
