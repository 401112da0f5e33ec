import XCTest
@testable import ItalianNLP

/// The start-up helpers of the inflection generator and of the tables built from its forms.
final class ItalianInflectionTests: XCTestCase {
    /// The scalar-property test the fast check replaces: three scalars or more, all alphabetic.
    private func reference(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count >= 3 && scalars.allSatisfy { $0.properties.isAlphabetic }
    }

    func testAlphabeticWordAgreesWithScalarProperties() {
        let words = [
            "bello", "Città", "perché", "ab", "abc", "ABC", "a-b", "l'uomo", "dell’", "a1b", "@ab", "[ab", "ab`", "ab{",
            "_ab", "ab~", "ab\u{7F}", "", "àèì", "naïve", "e\u{301}ra", "ªbc", "ΑΒΓ", "日本語", "ab😀", "x y", "über", "Zz@",
        ]
        for word in words {
            XCTAssertEqual(ItalianInflection.isAlphabeticWord(word), reference(word), word)
        }
        // Every ASCII scalar between two letters: only the 52 letters pass.
        for value in UInt8(0)...UInt8(127) {
            let word = "a" + String(UnicodeScalar(value)) + "b"
            XCTAssertEqual(ItalianInflection.isAlphabeticWord(word), reference(word), "scalar \(value)")
        }
    }

    func testFormsOfAWordThatIsNotAlphabeticAreTheWordAlone() {
        let forms = ItalianInflection.forms(of: "a-b-c")
        XCTAssertEqual(forms.map(\.form), ["a-b-c"])
        XCTAssertEqual(forms.first?.derivation, .lemma)
    }

    /// Within one rank the first lemma keeps a form, the later ones become alternatives, and a
    /// lemma keeps its own entry even when another lemma generates it.
    func testBridgePrecedenceAmongLemmas() {
        // "belli" is a nominal form of both; "bella" is a lemma and a form of "bello".
        let bridge = LemmaBridge(lemmasWithPOS: [("bello", "a"), ("bella", "n"), ("bellare", "v")])
        XCTAssertEqual(bridge.entry(for: "bella")?.lemma, "bella")
        XCTAssertEqual(bridge.entry(for: "bella")?.derivation, .lemma)
        XCTAssertEqual(bridge.entry(for: "belli")?.lemma, "bello")
        XCTAssertTrue(bridge.hasLemma("bello", for: "bella"))
        XCTAssertEqual(bridge.entries(for: "belli").map(\.lemma).first, "bello")
    }

    /// The word table holds every polarity form with its match, and the first words of the
    /// modifier phrases, the harm-reducing forms and the locutions, each with its field.
    func testWordTableHoldsEveryLexiconsEntries() {
        let polarity = PolarityLexicon.shared
        let modifiers = SentimentModifierLexicon.shared
        let harm = HarmReduction()
        let table = SentimentWordTable(polarity: polarity, modifiers: modifiers, harmReduction: harm)
        XCTAssertGreaterThan(polarity.formCount, 1000)
        for (form, match) in polarity.allForms {
            XCTAssertEqual(table.info(form)?.polarity, match, form)
        }
        for (word, entries) in modifiers.entriesByFirstWord {
            XCTAssertEqual(table.info(word)?.modifiers, entries, word)
            XCTAssertEqual(table.info(word)?.polarity, polarity.allForms[word], word)
        }
        for form in harm.forms {
            XCTAssertEqual(table.info(form)?.reducesHarm, true, form)
        }
        for (word, locutions) in PrepositionalLocution.byFirstWord {
            XCTAssertEqual(table.info(word)?.locutions, locutions, word)
        }
        // A form in no lexicon has no entry.
        XCTAssertNil(table.info("qwxzy"))
    }
}
