import XCTest

@testable import ItalianNLP

/// Heading lines that end with a colon and a quotation, and the lines that open a document before
/// its body, are no claims; a body sentence with its full stop still is.
final class QuotedHeadingLineTests: XCTestCase {
    func testASecondLineHeadingWithAColonQuotationIsNoClaim() {
        let text = """
            Frana sulla provinciale, paese isolato
            Strada chiusa per una settimana. Il sindaco: «Portiamo noi i viveri agli anziani»
            SAN GIORGIO – Una frana ha chiuso ieri la provinciale 24. «Portiamo noi i viveri agli anziani, nessuno resterà solo», ha detto il sindaco, Mauro Galli.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.content, "Portiamo noi i viveri agli anziani, nessuno resterà solo")
        XCTAssertEqual(claims.first?.source, "Mauro Galli")
    }

    func testEverySentenceOfTheOpeningLinesIsAHeading() {
        let text = """
            Caldaie ferme all'ospedale di Rieti
            I medici chiedono stufe nei reparti. La direzione: «Riparazione entro lunedì»
            RIETI – Da tre giorni il riscaldamento non funziona nei reparti del terzo piano. La direzione sanitaria ha spiegato che il pezzo di ricambio arriverà lunedì.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.content), ["il pezzo di ricambio arriverà lunedì"])
    }

    func testALiveBlogEntryHeadingIsNoClaimButAnEntryWrittenAsTextIs() {
        let text = """
            Nubifragio su Pescara, la diretta
            ORE 9.10 – Il prefetto: «Uscite solo se necessario»
            La prefettura ha chiesto ai cittadini di uscire solo per necessità fino a sera.
            ORE 11.45 – Il sindaco di Pescara, Luca Di Meo: «Le scuole restano chiuse anche domani».
            ORE 12.30 – Riaperta la circonvallazione.
            """
        let claims = claimSummaries(text)
        XCTAssertFalse(claims.contains { $0.content == "Uscite solo se necessario" })
        XCTAssertTrue(claims.contains { $0.content == "Le scuole restano chiuse anche domani" && $0.source == "Luca Di Meo" })
    }

    func testTheLastLineOfADocumentIsText() {
        let text = """
            Il consiglio comunale approva il bilancio.
            Il sindaco, Anna Ferri: «Un bilancio che guarda ai quartieri»
            """
        XCTAssertTrue(claimSummaries(text).contains { $0.content == "Un bilancio che guarda ai quartieri" })
    }

    func testTheHeadingLinesAreFoundOnTheirOwn() {
        let text = """
            Titolo del pezzo
            L'assessora: «Si riparte»
            Testo del pezzo, con una frase intera. Un'altra frase.
            """
        let result = Tokenizer().tokenize(text)
        let document = ClaimDocument(text: text, tokenized: result)
        XCTAssertTrue(document.isHeading(0))
        XCTAssertTrue(document.isHeading(1))
        XCTAssertFalse(document.isHeading(2))
        XCTAssertFalse(document.isHeading(document.sentences.count - 1))
    }
}
