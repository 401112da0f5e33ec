import Foundation
import XCTest
@testable import ItalianNLP

/// `PlainWordBoundary` answers for ICU on plain runs of letters and digits; these tests check that
/// tokenising with it gives exactly what tokenising with ICU alone gives.
final class PlainWordBoundaryTests: XCTestCase {
    /// Every token's offsets and kind, and every sentence's token count.
    private func layout(_ text: String, plain: Bool) -> [String] {
        let result = Tokenizer(usesPlainBoundaries: plain).tokenize(text)
        var lines: [String] = []
        for sentence in result.sentences {
            lines.append("S \(sentence.tokens.count)")
            for token in sentence.tokens {
                lines.append("\(token.span.utf8) \(token.kind) \(token.text)")
            }
        }
        return lines
    }

    private func assertAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let withICU = layout(text, plain: false)
        let withPlain = layout(text, plain: true)
        guard withICU != withPlain else { return }
        if ProcessInfo.processInfo.environment["PLAIN_DEBUG"] != nil { print(withICU.joined(separator: "\n")); print("----"); print(withPlain.joined(separator: "\n")) }
        let first = (0..<min(withICU.count, withPlain.count)).first { withICU[$0] != withPlain[$0] } ?? min(withICU.count, withPlain.count)
        XCTFail(
            "ICU: \(withICU[first..<min(first + 3, withICU.count)]) plain: \(withPlain[first..<min(first + 3, withPlain.count)])",
            file: file, line: line)
    }

    func testRunsEndWhereICUEndsThem() {
        assertAgrees("Non è lo stipendio, sostiene, ma l’attrazione dell’IA. Poi: «basta»!")
        assertAgrees("U.S.A. e S.p.A., art. 12, n. 3; 1.000,50 euro, ore 10.30, il 3% e l'1° posto nel '93 al 35'.")
        assertAgrees("a:b a.b a'b a’b a‘b 3.a 3,5 3;5 3:5 3'5 a_b 3_4 abc123 123abc a.. 3.. a,b a;b")
        assertAgrees("café\u{301} naïve e\u{0301} x\u{AD}y x\u{200D}y ñandú Łódź straße × ÷ 3×4 a×b")
        assertAgrees("«Sì» “no” „forse“ ‹x› – — … 20 € 10° ª º µ a«b a“b a…b a—b 3—4 3€ €3")
        assertAgrees("ciao 👍🏽 ok 🇮🇹 bandiera! !\u{FE0F} ?\u{20E3} :-) ;) #tag @nome http://x.it/a1b")
        assertAgrees("Ελληνικά и русский 日本語のテキスト 한국어 عربي עברית ไทยภาษา")
        assertAgrees("perche' e' piu' po' E' cosi'. Dell' Italia, nell'1, King's, Martha’s.")
        assertAgrees("x -\u{301} y @C\u{300} z C\u{300} a-\u{301}b")
        // Letters and digits joined across marks (WB6/7, WB11/12), and the mixed shapes ICU decides.
        assertAgrees("dell’anno l'e\u{301} l’’anno l’.anno quell’a.b.c a:b:c 1.000,50 1,2;3 1’2 1'2'3 1..2 1,,2 1,a a,1")
        assertAgrees("a1.2 1a.b a.1 1.a ab12.34 x1,2 all’1 nell’8 1’a a’1 l‘anno d’Italia. S.p.A. U.S.A: x.y’z 3.5’ l’‘a")
        assertAgrees("un’ l’ 'anno' ’anno’ ‘anno’ a’ 1, 1. 1’ a. a: a; a, l’È dell’Ögon Łaś’ćma e’ ecc.. www.sito.it")
        assertAgrees("")
        assertAgrees("fine.")
        assertAgrees("3")
        assertAgrees("«")
    }

    /// Every ASCII mark and the common typographic ones, between, before and after letters and digits.
    func testEveryMarkNextToLettersAndDigits() {
        var marks = (0x21...0x7E).compactMap(Unicode.Scalar.init).map(String.init).filter { !$0.first!.isLetter && !$0.first!.isNumber }
        marks += ["«", "»", "“", "”", "„", "‘", "’", "‹", "›", "–", "—", "…", "€", "°", "\u{A0}", "\u{AD}", "·", "\u{2024}"]
        for mark in marks {
            assertAgrees("a\(mark)b a\(mark) \(mark)a à\(mark)è 1\(mark)2 1\(mark) \(mark)1 a\(mark)1 1\(mark)a \(mark)\(mark) x\(mark)\(mark)y")
        }
    }

    /// The sentence fast path (a word, a terminal, spaces, a capital) remembers ICU's answer per
    /// word: words that ICU's `ss=standard` suppressions hold together, words that merely end like
    /// one ("stop." ends like "p."), capitals of other scripts after them, and the same words
    /// preceded by a letter or period (no fast path there) must all agree with ICU alone.
    func testSentenceEndsAfterSuppressedWordsAgree() {
        let words = [
            "div", "fig", "ver", "dott", "arch", "rag", "Sig", "pag", "dr", "mitt", "Ing", "vol", "on", "ag", "int", "tab",
            "all", "sez", "avv", "tav", "p", "Geom", "stop", "lag", "dottor", "bon", "piano", "casa", "È", "àncora",
        ]
        for word in words {
            for terminal in [".", "!", "?"] {
                assertAgrees("Era \(word)\(terminal) Poi altro. Il \(word)\(terminal)  Dopo. x.\(word)\(terminal) Ora, (\(word)\(terminal) Ecco.")
                assertAgrees("\(word)\(terminal) Inizio e N.\(word)\(terminal) Fine. \(word)\(terminal) Élite. \(word)\(terminal) ecco.")
                assertAgrees("«\(word)\(terminal)» Poi (\(word)\(terminal)) Poi “\(word)\(terminal)”» Poi \(word)\(terminal)\" Poi x\(word)\(terminal)» Poi")
                assertAgrees("\(word)\(terminal) «Poi» \(word)\(terminal) “Poi” \(word)\(terminal) «poi» \(word)\(terminal) (Ecco) \(word)\(terminal) \"Va\" «\(word)\(terminal)» «Eh» \(word)\(terminal) ‘Sì’")
                assertAgrees("Nel 2024\(terminal) Poi 3\(terminal)» Poi 12\(word)\(terminal) Poi Sig\(terminal)» Rossi dott\(terminal)) Bianchi 1.\(word)\(terminal) Ecco")
            }
        }
    }

    func testFixturesAgree() throws {
        let texts = try PackageFolders.fixtureTexts()
        XCTAssertFalse(texts.isEmpty)
        for text in texts { assertAgrees(text) }
    }

    /// The raw text of the UD treebanks (news, legal text, parliament, tweets), when ../shared is there.
    func testTreebankTextAgrees() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/ud")
        let files = [
            "isdt/it_isdt-ud-dev.conllu", "isdt/it_isdt-ud-test.conllu", "partut/it_partut-ud-dev.conllu",
            "parlamint/it_parlamint-ud-test.conllu", "postwita/it_postwita-ud-dev.conllu",
        ]
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(files[0]).path) else {
            throw XCTSkip("no shared UD data at \(folder.path)")
        }
        for file in files {
            let gold = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let text = gold.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map { $0.dropFirst(9) }.joined(separator: " ")
            assertAgrees(text)
        }
    }
}
