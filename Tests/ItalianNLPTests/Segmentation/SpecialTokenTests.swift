import XCTest

@testable import ItalianNLP

final class SpecialTokenTests: XCTestCase {
    func testURLWithoutTrailingPunctuation() {
        let tokens = Tokenizer().tokenize("Vai su https://www.example.it/a?b=1.").tokens
        XCTAssertEqual(tokens.map(\.text), ["Vai", "su", "https://www.example.it/a?b=1", "."])
        XCTAssertEqual(tokens[2].kind, .url)
    }

    func testURLInParenthesesAndWww() {
        XCTAssertEqual(tokenTexts("(www.comune.roma.it)"), ["(", "www.comune.roma.it", ")"])
    }

    func testEmail() {
        let tokens = Tokenizer().tokenize("scrivi a mario.rossi@example.it.").tokens
        XCTAssertEqual(tokens.map(\.text), ["scrivi", "a", "mario.rossi@example.it", "."])
        XCTAssertEqual(tokens[2].kind, .email)
    }

    /// RFC 5321 bounds an address's local part to 64 bytes and its domain to 255: the scanner
    /// reads no further (a run like "A-A-A-…" was read to its end from each of its words).
    func testEmailLocalPartAndDomainWithinTheirLimits() {
        let local64 = String(repeating: "a", count: 64)
        XCTAssertEqual(Tokenizer().tokenize("scrivi a \(local64)@example.it.").tokens[2].kind, .email)
        let local65 = String(repeating: "a", count: 65)
        XCTAssertFalse(Tokenizer().tokenize("scrivi a \(local65)@example.it.").tokens.contains { $0.kind == .email })
        let domain255 = String(repeating: "a", count: 252) + ".it"
        XCTAssertEqual(Tokenizer().tokenize("scrivi a mario@\(domain255).").tokens[2].kind, .email)
        let domain256 = String(repeating: "a", count: 253) + ".it"
        XCTAssertFalse(Tokenizer().tokenize("scrivi a mario@\(domain256).").tokens.contains { $0.kind == .email })
    }

    /// A long chain of capitals and e-mail joiners before an "@" is tokenised word by word; only
    /// its last 64 bytes can make the local part of an address.
    func testChainOfCapitalsAndJoinersBeforeAnAtSign() {
        for joiner in ["-", "+"] {
            let text = String(repeating: "A\(joiner)", count: 2_000) + "@example.it"
            let tokens = Tokenizer().tokenize(text).tokens
            XCTAssertGreaterThan(tokens.count, 1_000, joiner)
            XCTAssertEqual(tokens.filter { $0.kind == .email }.count, 1, joiner)
            XCTAssertEqual(tokens.last?.kind, .email, joiner)
            XCTAssertLessThanOrEqual(tokens.last?.text.utf8.count ?? 0, 64 + "@example.it".utf8.count, joiner)
        }
    }

    func testMentionAndHashtag() {
        let tokens = Tokenizer().tokenize("@matteorenzi #Elezioni2024 #perché").tokens
        XCTAssertEqual(tokens.map(\.kind), [.mention, .hashtag, .hashtag])
        XCTAssertEqual(tokens.map(\.text), ["@matteorenzi", "#Elezioni2024", "#perché"])
    }

    func testEmoticonsAndEmoji() {
        let tokens = Tokenizer().tokenize("bello :) ma :-( 😂👍 ❤️").tokens
        XCTAssertEqual(tokens.map(\.text), ["bello", ":)", "ma", ":-(", "😂", "👍", "❤️"])
        XCTAssertEqual(tokens[1].kind, .emoticon)
        XCTAssertEqual(tokens[4].kind, .emoji)
        XCTAssertEqual(tokens[6].kind, .emoji)
    }

    func testColonAfterANameIsNotAnEmoticon() {
        XCTAssertEqual(tokenTexts("Salvini: «No»"), ["Salvini", ":", "«", "No", "»"])
    }

    func testEllipsisAndPunctuationRuns() {
        XCTAssertEqual(tokenTexts("Ma... davvero?!"), ["Ma", "...", "davvero", "?!"])
        XCTAssertEqual(tokenTexts("Ma… no"), ["Ma", "…", "no"])
    }

    func testEveryQuotationMarkIsItsOwnToken() {
        XCTAssertEqual(tokenTexts("«“ciao”» „sì“ ‹no›"), ["«", "“", "ciao", "”", "»", "„", "sì", "“", "‹", "no", "›"])
    }

    func testHyphenAfterAPrefixKeepsTheCompoundWhole() {
        XCTAssertEqual(tokenTexts("lo stand-by dell'ex-presidente e l'e-mail anti-Covid"),
                       ["lo", "stand-by", "dell'", "ex-presidente", "e", "l'", "e-mail", "anti-Covid"])
    }

    func testHyphenBetweenFullWordsOrNamesSeparates() {
        XCTAssertEqual(tokenTexts("il centro-destra e la Roma-Milano"), ["il", "centro", "-", "destra", "e", "la", "Roma", "-", "Milano"])
    }

    func testSlashDatesAndShortSlashCompounds() {
        XCTAssertEqual(tokenTexts("il 13/12/2011 e/o a 50 km/h"), ["il", "13/12/2011", "e/o", "a", "50", "km/h"])
    }

    func testTruncatedPostBeforeALinkKeepsItsEllipsis() {
        XCTAssertEqual(tokenTexts("Il governo prior... http://t.co/abc"), ["Il", "governo", "prior...", "http://t.co/abc"])
        XCTAssertEqual(tokenTexts("Ma... davvero"), ["Ma", "...", "davvero"])
    }

    func testEnglishPossessiveSeparates() {
        XCTAssertEqual(tokenTexts("a Martha's Vineyard"), ["a", "Martha", "'s", "Vineyard"])
    }

    /// A combining mark after a token that a rule ended joins that token; it never starts one.
    func testCombiningMarksStayWithTheTokenBefore() {
        XCTAssertEqual(tokenTexts("#Zo\u{301}\u{301} bene").count, 2)
        XCTAssertEqual(tokenTexts("@nomx\u{300} ciao"), ["@nomx\u{300}", "ciao"])
        XCTAssertEqual(tokenTexts("a -\u{301} b"), ["a", "-\u{301}", "b"])
        XCTAssertEqual(tokenTexts("ok!\u{FE0F}"), ["ok", "!\u{FE0F}"])
    }
}
