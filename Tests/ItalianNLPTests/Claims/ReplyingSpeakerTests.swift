import XCTest

@testable import ItalianNLP

/// A verb of answering with a dropped subject names the speaker before the last one.
final class ReplyingSpeakerTests: XCTestCase {
    func testADroppedReplyGoesToTheOtherSpeaker() {
        let text = "In commissione si è discusso del nuovo ospedale. «I fondi ci sono», ha detto l'assessore Piero Lanza. "
            + "«Non li abbiamo mai visti», ha replicato la consigliera Marta Giusti. «Sono nel bilancio di giugno», ha ribattuto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Piero Lanza")
    }

    func testAnIndirectReplyGoesToTheOtherSpeaker() {
        let text = "«Il cantiere è fermo da un anno», ha detto Carla Venturi. «Ripartirà a maggio», ha risposto il sindaco Enzo Tosi. "
            + "«Lo avete promesso anche l'anno scorso», ha replicato. Ha risposto che questa volta i soldi sono già stanziati."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 4)
        XCTAssertEqual(claims[2].source, "Carla Venturi")
        XCTAssertEqual(claims[3].source, "Enzo Tosi")
    }

    func testASubjectNamedAfterTheLastSpeakerIsWhoReplies() {
        let text = "«La giunta ha mentito», ha detto Carla Venturi. «Non è vero», ha detto Luca Bassi. "
            + "Il sindaco Enzo Tosi ha ascoltato in silenzio. «Risponderò in aula», ha replicato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Enzo Tosi")
    }

    func testOtherVerbsKeepTheLastSpeaker() {
        let text = "«La giunta ha mentito», ha detto Carla Venturi. «Non è vero», ha detto Luca Bassi. «Lo dimostreremo», ha aggiunto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Luca Bassi")
    }
}

/// The reply rule stays off outside an exchange of quotations.
final class ReplyingSpeakerLimitsTests: XCTestCase {
    func testAReplyAfterReportedSpeechIsTheLastSpeakers() {
        let text = "«Il problema è la periferia», ha detto Luca Bassi. Carla Venturi si è detta pronta a discuterne. "
            + "«Cominciamo dal centro, poi vedremo», ha risposto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Venturi")
    }

    func testAnAnswerAfterTwoQuotationsOfOneSpeakerIsHers() {
        let text = "«La sentenza è giusta», ha detto l'avvocato Luca Bassi. La testimone Carla Venturi ha parlato per un'ora. "
            + "«Pagavamo sempre in ritardo», ha ricordato. «Nessuno sapeva perché», ha aggiunto. "
            + "Alla domanda del giudice, ha risposto di non aver mai visto i conti."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Venturi")
    }
}
