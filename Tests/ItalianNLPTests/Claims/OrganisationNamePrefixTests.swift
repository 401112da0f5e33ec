import XCTest

@testable import ItalianNLP

/// An organisation named again by the first words of its name is the organisation named in full.
final class OrganisationNamePrefixTests: XCTestCase {
    func testTheFirstWordsNameTheFullBody() {
        let text = "L'Ufficio scolastico regionale per il Piemonte ha pubblicato le graduatorie. "
            + "Secondo l'Ufficio scolastico, i posti vacanti sono trecento."
        XCTAssertEqual(claimSummaries(text).last?.source, "Ufficio scolastico regionale per il Piemonte")
    }

    func testTheFullNameAfterTheShortOneIsTheSameBody() {
        let text = "Secondo l'Istituto zooprofilattico, il focolaio è sotto controllo. "
            + "L'Istituto zooprofilattico sperimentale delle Venezie ha spiegato che i test continueranno."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Istituto zooprofilattico sperimentale delle Venezie")
        XCTAssertEqual(claims.last?.source, "Istituto zooprofilattico sperimentale delle Venezie")
    }

    func testAnotherBodyWithTheSameFirstWordStaysApart() {
        let text = "L'Ufficio scolastico regionale per il Piemonte ha pubblicato le graduatorie. "
            + "L'Ufficio tecnico comunale ha detto che la palestra è agibile."
        XCTAssertEqual(claimSummaries(text).last?.source, "Ufficio tecnico comunale")
    }
}
