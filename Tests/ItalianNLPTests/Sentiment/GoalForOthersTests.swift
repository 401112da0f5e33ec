import XCTest
@testable import ItalianNLP

final class SentimentGoalForOthersTests: XCTestCase {
    func testAGoalForOtherPeopleIsAMission() {
        let text = "La nuova preside vuole aprire la palestra il pomeriggio anche ai ragazzi disabili."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), GoalForOthers.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
        let purpose = "Abbiamo messo su una piccola orchestra perché i bambini della valle potessero suonare insieme."
        XCTAssertEqual(SentimentTesting.frameRule(purpose, "mission"), GoalForOthers.name)
        XCTAssertEqual(SentimentTesting.frameRule("Vorremmo costruire una rampa d'accesso per i disabili del condominio.", "mission"), GoalForOthers.name)
    }

    func testADeniedWishAPublicBodyOrAGoalAboutPayEvokeNothing() {
        XCTAssertNil(SentimentTesting.frames("Non vuole passare il sabato con i bambini del cugino.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La Regione vuole ridurre le liste d'attesa per i pazienti.")["mission"])
        XCTAssertNotEqual(SentimentTesting.frameRule("Vogliono aumentare lo stipendio ai ragazzi del magazzino.", "mission"), GoalForOthers.name)
    }

    func testAGoalWithoutPeopleServedIsNoMission() {
        XCTAssertNil(SentimentTesting.frames("Vuole comprare una moto nuova per l'estate.")["mission"])
    }

    /// "perché" with an indicative verb gives a cause: the people are no beneficiaries of a goal.
    func testACausalPerchéIsNoGoal() {
        XCTAssertNil(SentimentTesting.frames("Abbiamo spostato la riunione perché gli alunni escono alle sei.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Ho cambiato palestra perché i ragazzi del corso serale erano troppo pochi.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La mensa apre più tardi perché i bambini non hanno finito la lezione.")["mission"])
        // The subjunctive keeps the purpose.
        let purpose = "Hanno messo una rampa all'ingresso perché i disabili possano entrare da soli."
        XCTAssertEqual(SentimentTesting.frameRule(purpose, "mission"), GoalForOthers.name)
    }

    /// "Spero che i vicini la smettano": a wish about what the people do is no good done to them.
    func testAWishAboutWhatPeopleDoIsNoGoal() {
        XCTAssertNil(SentimentTesting.frames("Spero che gli studenti del terzo anno smettano di copiare durante i compiti.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Vorrei che i vicini abbassassero la musica dopo mezzanotte.")["mission"])
        // A wish that gives them something is a goal for them.
        let given = "Speriamo che i bambini del villaggio abbiano presto una scuola vera."
        XCTAssertEqual(SentimentTesting.frameRule(given, "mission"), GoalForOthers.name)
    }

    /// The people of the one `served` class are goals' beneficiaries too ("indigenti", "abitanti").
    func testTheServedClassNamesTheGoalsPeople() {
        XCTAssertEqual(SentimentTesting.frameRule("Vorrebbe aprire un ambulatorio gratuito per gli indigenti della città.", "mission"), GoalForOthers.name)
    }
}
