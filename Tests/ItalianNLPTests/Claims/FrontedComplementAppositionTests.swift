import XCTest

@testable import ItalianNLP

/// A name inside a complement that opens the sentence is no apposition to the role that follows
/// its comma and goes straight on to its verb.
final class FrontedComplementAppositionTests: XCTestCase {
    func testTheRoleAfterAFrontedComplementIsTheSubject() {
        let text = "Il sindaco di Lucca, Pietro Vanni, ha scritto un post. "
            + "In una diretta su Facebook, il primo cittadino ha ribattuto che il bilancio è in ordine."
        XCTAssertEqual(claimSummaries(text).last?.source, "Pietro Vanni")
    }

    func testAnAppositionClosedByACommaStillNamesTheRole() {
        let text = "Secondo Lia Corsi, presidente di Coop Alfa, il mercato è fermo."
        XCTAssertEqual(claimSummaries(text).first?.source, "Lia Corsi")
    }

    func testTheSubjectAfterAnAttributionIsNoApposition() {
        let text = "La compagnia Voli del Sud ha perso il ricorso. Secondo l'Autorità, il vettore nascondeva i costi. "
            + "«Le tariffe erano chiare», si legge in una nota del vettore."
        XCTAssertEqual(claimSummaries(text).last?.source, "Voli del Sud")
    }
}
