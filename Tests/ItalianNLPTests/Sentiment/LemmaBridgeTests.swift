import XCTest
@testable import ItalianNLP

/// The form-to-lemma bridge: inflected forms reach their dictionary form.
final class SentimentLemmaBridgeTests: XCTestCase {
    func testNounAndAdjectiveInflections() {
        let bridge = LemmaBridge(lemmas: ["bello", "ricco", "amico", "felice", "problema", "camicia", "vecchio", "stipendio"])
        XCTAssertEqual(bridge.entry(for: "belle")?.lemma, "bello")
        XCTAssertEqual(bridge.entry(for: "bella")?.lemma, "bello")
        XCTAssertEqual(bridge.entry(for: "ricchi")?.lemma, "ricco")
        XCTAssertEqual(bridge.entry(for: "ricche")?.lemma, "ricco")
        XCTAssertEqual(bridge.entry(for: "amici")?.lemma, "amico")
        XCTAssertEqual(bridge.entry(for: "felici")?.lemma, "felice")
        XCTAssertEqual(bridge.entry(for: "problemi")?.lemma, "problema")
        XCTAssertEqual(bridge.entry(for: "camicie")?.lemma, "camicia")
        XCTAssertEqual(bridge.entry(for: "vecchi")?.lemma, "vecchio")
        XCTAssertEqual(bridge.entry(for: "stipendi")?.lemma, "stipendio")
    }

    func testSuperlatives() {
        let bridge = LemmaBridge(lemmas: ["bello", "ricco", "felice"])
        XCTAssertEqual(bridge.entry(for: "bellissime")?.lemma, "bello")
        XCTAssertEqual(bridge.entry(for: "bellissime")?.derivation, .superlative)
        XCTAssertEqual(bridge.entry(for: "ricchissimo")?.lemma, "ricco")
        XCTAssertEqual(bridge.entry(for: "felicissima")?.lemma, "felice")
    }

    func testRegularVerbForms() {
        let bridge = LemmaBridge(lemmas: ["amare", "temere", "finire", "cercare", "mangiare", "pagare"])
        for form in ["amiamo", "amate", "amano", "amavo", "amerò", "amerebbe", "amato", "amata", "amando", "amò", "amassero"] {
            XCTAssertEqual(bridge.entry(for: form)?.lemma, "amare", form)
        }
        for form in ["temiamo", "temuto", "temendo", "temeva", "temerà", "temerebbero"] {
            XCTAssertEqual(bridge.entry(for: form)?.lemma, "temere", form)
        }
        for form in ["finiscono", "finito", "finiva", "finirà", "finirebbe", "finì"] {
            XCTAssertEqual(bridge.entry(for: form)?.lemma, "finire", form)
        }
        XCTAssertEqual(bridge.entry(for: "cercherò")?.lemma, "cercare")
        XCTAssertEqual(bridge.entry(for: "cerchiamo")?.lemma, "cercare")
        XCTAssertEqual(bridge.entry(for: "mangerà")?.lemma, "mangiare")
        XCTAssertEqual(bridge.entry(for: "pagati")?.lemma, "pagare")
        XCTAssertEqual(bridge.entry(for: "pagheranno")?.lemma, "pagare")
        // The singular present forms are kept, ranked last.
        XCTAssertEqual(bridge.entry(for: "amo")?.derivation, .singularPresent)
        XCTAssertEqual(bridge.entry(for: "finisce")?.lemma, "finire")
    }

    func testIrregularParticiplesAndStrongPast() {
        let bridge = LemmaBridge(lemmas: ["uccidere", "deludere", "vincere", "piacere", "morire"])
        XCTAssertEqual(bridge.entry(for: "uccisi")?.lemma, "uccidere")
        XCTAssertEqual(bridge.entry(for: "uccise")?.lemma, "uccidere")
        XCTAssertEqual(bridge.entry(for: "delusa")?.lemma, "deludere")
        XCTAssertEqual(bridge.entry(for: "vinse")?.lemma, "vincere")
        XCTAssertEqual(bridge.entry(for: "piacciono")?.lemma, "piacere")
        XCTAssertEqual(bridge.entry(for: "muore")?.lemma, "morire")
    }

    func testPartOfSpeechNarrowsTheForms() {
        // A noun does not get a feminine (lotto is not lotta), an unmarked -are word is not a verb.
        let bridge = LemmaBridge(lemmasWithPOS: [("lotto", "n"), ("secolare", ""), ("montare", "v")])
        XCTAssertEqual(bridge.entry(for: "lotti")?.lemma, "lotto")
        XCTAssertNil(bridge.entry(for: "lotta"))
        XCTAssertNil(bridge.entry(for: "secolo"))
        XCTAssertEqual(bridge.entry(for: "secolari")?.lemma, "secolare")
        XCTAssertEqual(bridge.entry(for: "montato")?.lemma, "montare")
    }

    func testPolarityLexiconReachesLemmasAndSkipsFunctionWords() {
        let lexicon = PolarityLexicon.shared
        XCTAssertGreaterThan(lexicon.count, 10_000)
        XCTAssertEqual(lexicon.match("bellissime")?.lemma, "bellissimo")  // listed in the lexicon itself
        XCTAssertEqual(lexicon.match("pessime")?.lemma, "pessimo")
        XCTAssertNotNil(lexicon.match("delusi"))
        XCTAssertNil(lexicon.match("come"))
        XCTAssertNil(lexicon.match("non"))
    }

    /// `hasLemma` answers as `entries(for:)` does, for the preferred lemma and the others.
    func testHasLemmaAsEntries() {
        let bridge = LemmaBridge(lemmas: ["pagato", "pagare", "bello", "amare"])
        for form in ["pagati", "pagato", "belle", "amiamo", "amato", "niente", ""] {
            let lemmas = bridge.entries(for: form).map(\.lemma)
            for lemma in ["pagato", "pagare", "bello", "amare", "niente"] {
                XCTAssertEqual(bridge.hasLemma(lemma, for: form), lemmas.contains(lemma), "\(form) \(lemma)")
            }
        }
        // A bridge read whole, without its table, gives the same entries.
        let unindexed = LemmaBridge(lemmasWithPOS: [("pagato", ""), ("pagare", "v"), ("bello", "")], indexed: false)
        let indexed = LemmaBridge(lemmasWithPOS: [("pagato", ""), ("pagare", "v"), ("bello", "")])
        for form in ["pagati", "pagato", "belle", "bellissima", "x"] {
            XCTAssertEqual(unindexed.entries(for: form), indexed.entries(for: form), form)
        }
    }
}

final class SentimentLemmaBridgeUrreTests: XCTestCase {
    func testVerbsInUrre() {
        let bridge = LemmaBridge(lemmas: ["ridurre"])
        for form in ["riduce", "riducono", "riduceva", "ridurrà", "ridotto", "ridotte", "riducendo", "ridusse"] {
            XCTAssertEqual(bridge.entry(for: form)?.lemma, "ridurre", form)
        }
        XCTAssertNil(bridge.entry(for: "riducuto"))
    }
}
