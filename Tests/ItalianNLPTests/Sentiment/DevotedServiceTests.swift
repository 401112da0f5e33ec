import XCTest
@testable import ItalianNLP

final class SentimentDevotedServiceTests: XCTestCase {
    func testDevotedServiceEvokesTheMission() {
        XCTAssertGreaterThan(SentimentTesting.frames("Da vent'anni assiste gratuitamente i senzatetto della stazione.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Ogni domenica accompagna i malati del paese alla messa.")["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Ha scelto di insegnare ai ragazzi delle case popolari.", "mission"), DevotedService.name)
    }

    func testAJobOrAPublicServiceIsNoDevotion() {
        XCTAssertNil(SentimentTesting.frames("Ogni mattina il pulmino porta i bambini all'asilo.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Da quindici anni insegna storia agli studenti del liceo.")["mission"])
        XCTAssertNil(SentimentTesting.frames("La Regione ha deciso di aiutare le famiglie colpite dall'alluvione.")["mission"])
        XCTAssertNil(SentimentTesting.frames("Ogni giorno il reparto cura decine di pazienti.")["mission"])
    }

    func testLessonsGivenForNothingOrForYearsAreService() {
        XCTAssertEqual(SentimentTesting.frameRule("Il sabato dà lezioni gratuitamente ai ragazzi della comunità di recupero.", "mission"), DevotedService.name)
        XCTAssertEqual(SentimentTesting.frameRule("Da sempre insegna a leggere ai detenuti di Rebibbia.", "mission"), DevotedService.name)
        XCTAssertNil(SentimentTesting.frames("Le lezioni ai ragazzi del liceo riprendono lunedì.")["mission"])
    }

    func testAPluralHabitIsConstancy() {
        let text = "Mia zia porta la cena agli anziani soli del palazzo tutte le sere."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), DevotedService.name)
        XCTAssertNil(SentimentTesting.frames("Tutti i giorni lo scuolabus porta i bambini a scuola.")["mission"])
    }
}
