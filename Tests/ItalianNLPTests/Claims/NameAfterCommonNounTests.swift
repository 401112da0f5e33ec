import XCTest

@testable import ItalianNLP

/// A name right after a common noun names a school, a ship or a team, not a subject.
final class NameAfterCommonNounTests: XCTestCase {
    func testASchoolNameIsNotWhomTheHeadmistressIs() {
        let text = "La circolare è stata firmata dalla dirigente Carla Neri. La protesta parte dal liceo classico Foscolo. "
            + "La preside non arretra. «Le regole valgono per tutti», ha detto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Neri")
    }

    func testTheFinderOnlyTakesNamesAfterACommonNoun() {
        let text = "Il traghetto Isola Bella è ripartito e Bianchi ha detto che tutto va bene."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let context = AttributionContext(document: document)
        let names = context.mentions[0].filter { $0.kind == .name }
        XCTAssertEqual(names.map(\.name), ["Isola Bella", "Bianchi"])
        XCTAssertEqual(names.map { context.namesCommonNoun($0) }, [true, false])
    }
}
