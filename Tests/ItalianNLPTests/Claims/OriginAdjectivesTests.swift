import XCTest

@testable import ItalianNLP

/// ``OriginAdjectives``: adjectives of origin compared by stem and area, and the origin rule that
/// tells organisations apart by them.
final class OriginAdjectivesTests: XCTestCase {
    func testStemsIgnoreGenderAndNumber() {
        XCTAssertEqual(OriginAdjectives.stem(of: "pisana"), OriginAdjectives.stem(of: "pisano"))
        XCTAssertEqual(OriginAdjectives.stem(of: "bergamaschi"), OriginAdjectives.stem(of: "bergamasco"))
        XCTAssertEqual(OriginAdjectives.stem(of: "senesi"), OriginAdjectives.stem(of: "senese"))
    }

    func testAProvinceAgreesWithItsRegionButNotWithAnother() throws {
        let lexicon = OriginAdjectives.shared
        let pisan = try XCTUnwrap(lexicon.origin(of: "pisani"))
        let tuscan = try XCTUnwrap(lexicon.origin(of: "toscana"))
        let sienese = try XCTUnwrap(lexicon.origin(of: "senese"))
        let lombard = try XCTUnwrap(lexicon.origin(of: "lombarda"))
        XCTAssertTrue(lexicon.agree(pisan, tuscan))
        XCTAssertTrue(lexicon.agree(tuscan, pisan))
        XCTAssertFalse(lexicon.agree(pisan, sienese))
        XCTAssertFalse(lexicon.agree(tuscan, lombard))
        XCTAssertTrue(lexicon.agree(try XCTUnwrap(lexicon.origin(of: "californiano")), try XCTUnwrap(lexicon.origin(of: "americana"))))
        XCTAssertNil(lexicon.origin(of: "biancorosso"))
    }

    func testARegionalDescriptionNamesTheCompanyFromThatRegion() {
        let text = """
            Trattativa tra Fonti Alte e Vetrerie Moro, il gruppo livornese del vetro, per la cessione di un impianto. \
            La società lombarda ha spiegato che l'accordo è vicino. L'azienda toscana ha confermato che la firma è attesa a giugno.
            """
        let sources = claimSummaries(text).map(\.source)
        XCTAssertEqual(sources.last, "Vetrerie Moro")
    }

    func testAGroupNounBeforeTheNameNamesItLater() {
        let text = "La catena francese Maison Lumière ha comprato dieci negozi a Torino. La catena ha spiegato che assumerà quaranta commessi."
        XCTAssertEqual(claimSummaries(text).last?.source, "Maison Lumière")
    }
}
