import XCTest
@testable import ItalianNLP

final class SentimentPurposeForOthersTests: XCTestCase {
    func testAPurposeThatServesACraftACommunityOrPeopleIsAMission() {
        let craft = "Ha tenuto aperta la forgia fino a settant'anni per non far morire un mestiere antico."
        XCTAssertEqual(SentimentTesting.frameRule(craft, "mission"), PurposeForOthers.name)
        XCTAssertGreaterThan(SentimentTesting.frames(craft)["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Ogni primavera sale in quota per sistemare i sentieri della valle.", "mission"), PurposeForOthers.name)
        XCTAssertEqual(SentimentTesting.frameRule("Si è trasferita a Matera per insegnare la ceramica ai ragazzi del centro.", "mission"), PurposeForOthers.name)
    }

    func testAPurposeThatKeepsHarmFromOthersIsAMission() {
        let text = "Raccoglie libri usati tutto l'anno perché nessun bambino cominci la scuola senza."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), PurposeForOthers.name)
        XCTAssertEqual(SentimentTesting.frameRule("Ha messo in piedi un pulmino perché nessun anziano della frazione resti isolato.", "mission"), PurposeForOthers.name)
    }

    func testTimeSpentOnAnActForOthersIsAMission() {
        XCTAssertEqual(SentimentTesting.frameRule("Trascorre i pomeriggi a leggere il giornale ai pazienti della lungodegenza.", "mission"), PurposeForOthers.name)
        // Time spent watching serves nobody (`notServing`).
        XCTAssertNil(SentimentTesting.frames("Passa le ore a guardare i ragazzi che giocano a pallone.")["mission"])
    }

    func testSomethingFoundedForPeopleServedIsAMission() {
        XCTAssertEqual(SentimentTesting.frameRule("Due pensionati hanno fondato una palestra di boxe per i ragazzi della stazione.", "mission"), PurposeForOthers.name)
    }

    func testACausalPerchéAJourneyAPlaceOrAPublicBodyEvokeNothing() {
        // "perché" of cause: an indicative after its negation.
        XCTAssertNil(SentimentTesting.frames("Stamattina era stanco perché la musica dei vicini non lo ha fatto dormire.")["mission"])
        // A purpose that serves nobody (`notServing`).
        XCTAssertNil(SentimentTesting.frames("Ha preso il treno delle sei per tornare al paese dei nonni.")["mission"])
        // A place where something happens is not what the act serves.
        XCTAssertNil(SentimentTesting.frames("Abbiamo noleggiato una barca per fare il bagno nelle spiagge più lontane.")["mission"])
        // A public body acts by office.
        XCTAssertNil(SentimentTesting.frames("Il Comune ha stanziato un fondo per rifare i marciapiedi del quartiere.")["mission"])
    }

    func testAPurposeAboutPayIsMoneys() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha venduto il trattore per pagare lo stipendio agli operai.", "mission"), PurposeForOthers.name)
    }

    func testCompanyIsNotWhomTheActServes() {
        XCTAssertNil(SentimentTesting.frames("Trascorre i pomeriggi a chiacchierare al bar con i vicini di pianerottolo.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Passa il sabato a pescare sul molo insieme agli operai del cantiere.")["mission"])
    }

    func testNotLeavingAPlaceOrPeopleServesThem() {
        let text = "Il medico di base ha rimandato la pensione per non lasciare la valle senza un ambulatorio."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), PurposeForOthers.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        // Leaving is still no purpose that serves: "per lasciare il paese".
        XCTAssertNil(SentimentTesting.frames("Ha venduto la casa per lasciare il paese prima dell'inverno.")["mission"])
    }
}
