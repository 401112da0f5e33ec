import XCTest
@testable import ItalianNLP

final class SentimentGiftToTheNeedyTests: XCTestCase {
    func testAGiftToPeopleInNeedEvokesTheMission() {
        // (Not "alla mensa dei poveri": the lexicon names that mission itself since frames10.)
        XCTAssertEqual(SentimentTesting.frameRule("I ragazzi della cooperativa regalano la verdura dell'orto alla mensa della parrocchia.", "mission"), GiftToTheNeedy.name)
        XCTAssertGreaterThan(SentimentTesting.frames("Ha donato i suoi risparmi ai profughi arrivati in paese.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Ogni venerdì porta le coperte al dormitorio della stazione.")["mission"]?.stance ?? 0, 0)
    }

    func testAnErrandOrAPublicHandOutIsNoGift() {
        // Bringing without devotion, and a public body's distribution, evoke nothing.
        XCTAssertNil(SentimentTesting.frames("La polizia ha portato i migranti al centro di accoglienza.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Il Comune regala i buoni pasto alle famiglie bisognose.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Ha regalato un orologio alla sua famiglia.")["mission"])
    }

    func testDevolvingIsAGift() {
        XCTAssertEqual(SentimentTesting.frameRule("Ogni anno devolve le sue royalty ai profughi del campo di Moria.", "mission"), GiftToTheNeedy.name)
    }

    func testAGiftWithALongObjectAndAnInstitutionAsRecipient() {
        // The recipient may come after an object with its complements, and may be a hospital.
        XCTAssertEqual(SentimentTesting.frameRule("Il pianista ha devoluto l'incasso del concerto di Capodanno in piazza alla casa famiglia del paese.", "mission"), GiftToTheNeedy.name)
        XCTAssertEqual(SentimentTesting.frameRule("La squadra ha donato le maglie all'ospedale pediatrico.", "mission"), GiftToTheNeedy.name)
        // Paying in to people in need is a gift.
        XCTAssertEqual(SentimentTesting.frameRule("Ha versato i suoi risparmi alle famiglie terremotate.", "mission"), GiftToTheNeedy.name)
    }
}
