import XCTest
@testable import ItalianNLP

/// The polarity lexicon's lookups: unscored lemmas keep their own word from being read as a verb
/// form of another lemma.
final class PolarityLexiconTests: XCTestCase {
    private let table = TSVTable(text: "# lemma\tpos\tpolarity\tintensity\ntemere\tv\t-0.553\t2\nbello\ta\t0.75\t0\n")

    func testAnUnscoredLemmaIsNoInflectedFormOfAnother() {
        // Without the list, "tema" (a theme) reads as a subjunctive of temere.
        let plain = PolarityLexicon(table: table)
        XCTAssertEqual(plain.match("tema")?.lemma, "temere")

        let lexicon = PolarityLexicon(table: table, unscoredLemmas: TSVTable(text: "# lemma\ntema\nbella\n"))
        XCTAssertNil(lexicon.match("tema"))
        // The verb's other forms still reach it.
        XCTAssertEqual(lexicon.match("temono")?.lemma, "temere")
        XCTAssertEqual(lexicon.match("temendo")?.lemma, "temere")
        XCTAssertEqual(lexicon.match("belle")?.lemma, "bello")
        // Gender and number are not blocked: "bella" (a noun too) stays the feminine of bello.
        XCTAssertEqual(lexicon.match("bella")?.lemma, "bello")
    }

    func testAScoredLemmaKeepsItsOwnEntryWhenAlsoListedUnscored() {
        let lexicon = PolarityLexicon(table: table, unscoredLemmas: TSVTable(text: "bello\n"))
        XCTAssertEqual(lexicon.match("bello")?.lemma, "bello")
        XCTAssertEqual(lexicon.match("bello")?.polarity ?? 0, 0.75, accuracy: 1e-9)
    }

    func testTheBuiltInLexiconReadsTemaAsANoun() {
        let lexicon = PolarityLexicon.shared
        XCTAssertNil(lexicon.match("tema"))
        XCTAssertEqual(lexicon.match("temono")?.lemma, "temere")
        // chiaro is unscored on purpose (mostly "è chiaro che"), so chiara is no verb form either.
        XCTAssertNil(lexicon.match("chiara"))
    }

    func testWordsOfPlainFiguresCarryNoPolarity() {
        // "parte fissa" (fixed pay) and "ha parlato di stipendi" are no judgement of pay.
        let lexicon = PolarityLexicon.shared
        XCTAssertNil(lexicon.match("fissa"))
        XCTAssertNil(lexicon.match("parlato"))
        XCTAssertEqual(SentimentTesting.frames("Il compenso è diviso tra parte fissa e bonus.")["money"]?.stance ?? 1, 0)
    }
}
