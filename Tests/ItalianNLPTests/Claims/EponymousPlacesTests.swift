import XCTest

@testable import ItalianNLP

/// A place or body named after a person ("l'ospedale Vito Fazzi", "il liceo Giulio Cesare") is
/// not that person.
final class EponymousPlacesTests: XCTestCase {
    private func mentions(_ text: String) -> [SpeakerMention] {
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        return document.sentences.indices.flatMap { finder.mentions(in: $0) }
    }

    func testAHospitalNamedAfterAPersonIsNoPerson() {
        let found = mentions("Il bambino è stato operato all'ospedale Vito Fazzi di Lecce.")
        let hospital = found.first { $0.name.contains("Fazzi") }
        XCTAssertNotNil(hospital)
        XCTAssertEqual(hospital?.hasGivenName, false)
        XCTAssertNil(hospital?.gender)
    }

    func testAdjectivesBetweenTheNounAndTheName() {
        let found = mentions("Gli studenti dell'istituto comprensivo Giovanni Pascoli sono tornati in classe.")
        XCTAssertEqual(found.first { $0.name.contains("Pascoli") }?.hasGivenName, false)
    }

    func testTheSameNameElsewhereIsThePlaceAgain() {
        let found = mentions("Il liceo Giulio Cesare resterà chiuso. Al Giulio Cesare mancano tre docenti.")
        let again = found.last { $0.name.contains("Cesare") }
        XCTAssertEqual(again?.hasGivenName, false)
    }

    func testAVerbBetweenNounAndNameLeavesThePerson() {
        let found = mentions("Il teatro ospita Mario Rossi per tre sere.")
        XCTAssertEqual(found.first { $0.name == "Mario Rossi" }?.hasGivenName, true)
    }

    func testAnAssociationNamedAfterAPersonSpeaks() {
        let text = "L'associazione Luca Coscioni ha chiesto che la legge sia discussa in aula entro l'estate."
        XCTAssertEqual(claimSummaries(text).first?.source, "Luca Coscioni")
    }
}
