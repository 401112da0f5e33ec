import XCTest
@testable import ItalianNLP

/// Hand-made CoNLL-U examples for `CoNLLUDocument` and `UDEvaluation`; every expected figure is
/// worked out by hand in the comments.
final class UDEvaluationTests: XCTestCase {
    // MARK: - Helpers

    /// Builds CoNLL-U text from sentences of tokens written as `"form"` or, for a multiword token,
    /// `"form word1 word2…"`. Every token is followed by a space.
    private func conllu(_ sentences: [[String]]) -> String {
        var lines: [String] = []
        for sentence in sentences {
            lines.append("# text = " + sentence.map { $0.split(separator: " ")[0] }.joined(separator: " "))
            var id = 0
            for token in sentence {
                let parts = token.split(separator: " ").map(String.init)
                if parts.count == 1 {
                    id += 1
                    lines.append("\(id)\t\(parts[0])\t_\t_\t_\t_\t\(id == 1 ? 0 : 1)\t_\t_\t_")
                } else {
                    lines.append("\(id + 1)-\(id + parts.count - 1)\t\(parts[0])\t_\t_\t_\t_\t_\t_\t_\t_")
                    for word in parts.dropFirst() {
                        id += 1
                        lines.append("\(id)\t\(word)\t_\t_\t_\t_\t\(id == 1 ? 0 : 1)\t_\t_\t_")
                    }
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func document(_ sentences: [[String]]) throws -> CoNLLUDocument {
        try CoNLLUDocument(parsing: conllu(sentences))
    }

    private func scores(gold: [[String]], system: [[String]]) throws -> UDScores {
        try UDEvaluation.evaluate(gold: document(gold), system: document(system))
    }

    private func assertScore(
        _ score: UDScore, gold: Int, system: Int, correct: Int,
        precision: Double, recall: Double, f1: Double,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(score.goldCount, gold, "gold count", file: file, line: line)
        XCTAssertEqual(score.systemCount, system, "system count", file: file, line: line)
        XCTAssertEqual(score.correct, correct, "correct", file: file, line: line)
        XCTAssertEqual(score.precision, precision, accuracy: 1e-12, "precision", file: file, line: line)
        XCTAssertEqual(score.recall, recall, accuracy: 1e-12, "recall", file: file, line: line)
        XCTAssertEqual(score.f1, f1, accuracy: 1e-12, "F1", file: file, line: line)
    }

    private let twoSentences = [["Il", "libro", "del di il", "ragazzo", "."], ["Piove", "."]]

    // MARK: - Evaluation

    func testIdenticalDocumentsScorePerfectly() throws {
        let result = try scores(gold: twoSentences, system: twoSentences)
        // 7 tokens, 8 words (del = di + il), 2 sentences, all matched.
        assertScore(result.tokens, gold: 7, system: 7, correct: 7, precision: 1, recall: 1, f1: 1)
        assertScore(result.words, gold: 8, system: 8, correct: 8, precision: 1, recall: 1, f1: 1)
        assertScore(result.sentences, gold: 2, system: 2, correct: 2, precision: 1, recall: 1, f1: 1)
    }

    func testUnsplitContractionKeepsTokensButLosesWords() throws {
        let system = [["Il", "libro", "del", "ragazzo", "."], ["Piove", "."]]
        let result = try scores(gold: twoSentences, system: system)
        assertScore(result.tokens, gold: 7, system: 7, correct: 7, precision: 1, recall: 1, f1: 1)
        // Gold words di, il vs system word del: no common form, so 6 of 8 gold / 7 system words.
        assertScore(
            result.words, gold: 8, system: 7, correct: 6,
            precision: 6.0 / 7.0, recall: 6.0 / 8.0, f1: 12.0 / 15.0)
        assertScore(result.sentences, gold: 2, system: 2, correct: 2, precision: 1, recall: 1, f1: 1)
    }

    func testTokenSplitInPieces() throws {
        let gold = [["Scrivi", "una", "e-mail", "."]]
        let system = [["Scrivi", "una", "e", "-", "mail", "."]]
        let result = try scores(gold: gold, system: system)
        // Scrivi, una and "." match; e-mail does not: 3 correct of 4 gold and 6 system.
        assertScore(result.tokens, gold: 4, system: 6, correct: 3, precision: 0.5, recall: 0.75, f1: 0.6)
        assertScore(result.words, gold: 4, system: 6, correct: 3, precision: 0.5, recall: 0.75, f1: 0.6)
        assertScore(result.sentences, gold: 1, system: 1, correct: 1, precision: 1, recall: 1, f1: 1)
    }

    func testMergedSentences() throws {
        let gold = [["Piove", "."], ["Esco", "."], ["Torno", "."]]
        let system = [["Piove", ".", "Esco", "."], ["Torno", "."]]
        let result = try scores(gold: gold, system: system)
        assertScore(result.tokens, gold: 6, system: 6, correct: 6, precision: 1, recall: 1, f1: 1)
        // Only "Torno ." keeps its span: 1 of 3 gold, 1 of 2 system, F1 = 2/5.
        assertScore(result.sentences, gold: 3, system: 2, correct: 1, precision: 0.5, recall: 1.0 / 3.0, f1: 0.4)
    }

    func testSplitSentence() throws {
        let gold = [["Piove", "."], ["Esco", "."], ["Torno", "."]]
        let system = [["Piove"], ["."], ["Esco", "."], ["Torno", "."]]
        let result = try scores(gold: gold, system: system)
        // Two sentences kept of 3 gold and 4 system: F1 = 4/7.
        assertScore(
            result.sentences, gold: 3, system: 4, correct: 2, precision: 0.5, recall: 2.0 / 3.0, f1: 4.0 / 7.0)
        assertScore(result.words, gold: 6, system: 6, correct: 6, precision: 1, recall: 1, f1: 1)
    }

    func testMultiwordTokenSplitDifferently() throws {
        let gold = [["Vengo", "dallo da lo", "stadio", "."]]
        let system = [["Vengo", "dallo dal lo", "stadio", "."]]
        let result = try scores(gold: gold, system: system)
        assertScore(result.tokens, gold: 4, system: 4, correct: 4, precision: 1, recall: 1, f1: 1)
        // LCS of [da, lo] and [dal, lo] is [lo]: 4 words of 5 on both sides.
        assertScore(result.words, gold: 5, system: 5, correct: 4, precision: 0.8, recall: 0.8, f1: 0.8)
    }

    func testMultiwordWordsCompareCaseInsensitively() throws {
        let gold = [["Del di il", "resto", "."]]
        let system = [["Del Di IL", "resto", "."]]
        let result = try scores(gold: gold, system: system)
        assertScore(result.words, gold: 4, system: 4, correct: 4, precision: 1, recall: 1, f1: 1)
    }

    func testOverlappingMultiwordTokensAlignByForms() throws {
        // Text "farlovedere": gold farlo (far + lo) | vedere; system far | lovedere (lo + vedere).
        // No token span agrees, but the multiword region covers everything and the word forms
        // far, lo, vedere agree on both sides.
        let gold = [["farlo far lo", "vedere"]]
        let system = [["far", "lovedere lo vedere"]]
        let result = try scores(gold: gold, system: system)
        assertScore(result.tokens, gold: 2, system: 2, correct: 0, precision: 0, recall: 0, f1: 0)
        assertScore(result.words, gold: 3, system: 3, correct: 3, precision: 1, recall: 1, f1: 1)
    }

    func testWordsOutsideMultiwordTokensAlignBySpan() throws {
        // "ab" in gold is one word, in system a multiword token of a + b; "cd" agrees.
        let gold = [["ab", "cd"]]
        let system = [["ab a b", "cd"]]
        let result = try scores(gold: gold, system: system)
        // Region [ab] vs [a, b]: no common form; cd aligns by span: 1 of 2 gold, 1 of 3 system.
        assertScore(result.words, gold: 2, system: 3, correct: 1, precision: 1.0 / 3.0, recall: 0.5, f1: 0.4)
        assertScore(result.tokens, gold: 2, system: 2, correct: 2, precision: 1, recall: 1, f1: 1)
    }

    func testDifferentCharactersThrow() throws {
        let gold = try document([["Ciao", "."], ["Come", "va", "?"]])
        let system = try document([["Ciao", "."], ["Come", "va", "!"]])
        XCTAssertThrowsError(try UDEvaluation.evaluate(gold: gold, system: system)) { error in
            // "Ciao." + "Comeva" = 11 characters agree, then "?" against "!".
            XCTAssertEqual(
                error as? UDEvaluationError,
                .characterMismatch(offset: 11, goldSentence: 2, systemSentence: 2, gold: "?", system: "!"))
            XCTAssertTrue(String(describing: error).contains("character 11"), "\(error)")
        }
    }

    func testMissingTextThrows() throws {
        let gold = try document([["Ciao", "a", "tutti"]])
        let system = try document([["Ciao", "a"]])
        XCTAssertThrowsError(try UDEvaluation.evaluate(gold: gold, system: system)) { error in
            XCTAssertEqual(
                error as? UDEvaluationError,
                .characterMismatch(offset: 5, goldSentence: 1, systemSentence: 1, gold: "tutti", system: ""))
        }
    }

    func testWhitespaceInsideFormsIsIgnored() throws {
        let gold = CoNLLUDocument(sentences: [
            CoNLLUSentence(text: "New York è grande", tokens: [
                CoNLLUToken(form: "New York"), CoNLLUToken(form: "è"), CoNLLUToken(form: "grande"),
            ])
        ])
        let system = CoNLLUDocument(sentences: [
            CoNLLUSentence(text: nil, tokens: [
                CoNLLUToken(form: "New"), CoNLLUToken(form: "York"), CoNLLUToken(form: "è"),
                CoNLLUToken(form: "gran\u{00A0}de"),
            ])
        ])
        let result = try UDEvaluation.evaluate(gold: gold, system: system)
        // "NewYorkègrande": è and grande agree, New York does not.
        assertScore(result.tokens, gold: 3, system: 4, correct: 2, precision: 0.5, recall: 2.0 / 3.0, f1: 4.0 / 7.0)
    }

    func testWhitespaceOnlyFormThrows() throws {
        let gold = try document([["Ciao"]])
        let system = CoNLLUDocument(sentences: [
            CoNLLUSentence(text: nil, tokens: [CoNLLUToken(form: "Ciao"), CoNLLUToken(form: " ")])
        ])
        XCTAssertThrowsError(try UDEvaluation.evaluate(gold: gold, system: system)) { error in
            XCTAssertEqual(error as? UDEvaluationError, .emptyForm(side: .system, sentence: 1, token: 2))
        }
    }

    func testEmptyDocumentsScoreZero() throws {
        let empty = try CoNLLUDocument(parsing: "")
        XCTAssertTrue(empty.sentences.isEmpty)
        let result = try UDEvaluation.evaluate(gold: empty, system: empty)
        assertScore(result.tokens, gold: 0, system: 0, correct: 0, precision: 0, recall: 0, f1: 0)
        assertScore(result.words, gold: 0, system: 0, correct: 0, precision: 0, recall: 0, f1: 0)
    }

    func testScoresRoundTripThroughJSON() throws {
        let result = try scores(gold: twoSentences, system: [["Il", "libro", "del", "ragazzo", "."], ["Piove", "."]])
        let data = try JSONEncoder().encode(result)
        XCTAssertEqual(try JSONDecoder().decode(UDScores.self, from: data), result)
        let json = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(json.contains("\"goldCount\":8"), json)
    }

    // MARK: - Parsing

    func testParsingKeepsTextTokensAndWords() throws {
        let text = """
            # newdoc id = test
            # sent_id = 1
            # text_en = The cat of the neighbour
            # text = Il gatto del vicino
            1\tIl\til\tDET\tRD\t_\t2\tdet\t_\t_
            2\tgatto\tgatto\tNOUN\tS\t_\t0\troot\t_\t_
            2.1\tè\tessere\tAUX\t_\t_\t_\t_\t2:cop\t_
            3-4\tdel\t_\t_\t_\t_\t_\t_\t_\t_
            3\tdi\tdi\tADP\tE\t_\t5\tcase\t_\t_
            4\til\til\tDET\tRD\t_\t5\tdet\t_\t_
            5\tvicino\tvicino\tNOUN\tS\t_\t2\tnmod\t_\t_

            1\tPiove\tpiovere\tVERB\tV\t_\t0\troot\t_\t_

            """
        let document = try CoNLLUDocument(parsing: text)
        XCTAssertEqual(document.sentences.count, 2)
        XCTAssertEqual(document.sentences[0].text, "Il gatto del vicino")
        XCTAssertNil(document.sentences[1].text)
        XCTAssertEqual(document.sentences[0].tokens.map(\.form), ["Il", "gatto", "del", "vicino"])
        XCTAssertEqual(document.sentences[0].tokens[2].words, ["di", "il"])
        XCTAssertTrue(document.sentences[0].tokens[2].isMultiword)
        XCTAssertEqual(document.sentences[0].tokens[1].words, ["gatto"])
        XCTAssertFalse(document.sentences[0].tokens[1].isMultiword)
        XCTAssertEqual(document.tokenCount, 5)
        XCTAssertEqual(document.wordCount, 6)
    }

    func testSpaceAfterComesFromTheTokenLine() throws {
        let text = """
            # text = Sì, dall'alto.
            1\tSì\tsì\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No
            2\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\tFoo=Bar|SpaceAfter=No|Baz=1
            3-4\tdall'\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
            3\tda\tda\tADP\t_\t_\t5\tcase\t_\t_
            4\tl'\til\tDET\t_\t_\t5\tdet\t_\t_
            5-6\talto.\t_\t_\t_\t_\t_\t_\t_\t_
            5\talto\talto\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No
            6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\tSpaceAfterX=No
            """
        let tokens = try CoNLLUDocument(parsing: text).sentences[0].tokens
        XCTAssertEqual(tokens.map(\.form), ["Sì", ",", "dall'", "alto."])
        // The range line decides for multiword tokens; the word lines' MISC is ignored.
        XCTAssertEqual(tokens.map(\.spaceAfter), [false, false, false, true])
    }

    func testCarriageReturnsAndByteOrderMark() throws {
        let text = "\u{FEFF}# text = Ciao\r\n1\tCiao\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No\r\n\r\n"
        let document = try CoNLLUDocument(parsing: text)
        XCTAssertEqual(document.sentences.count, 1)
        XCTAssertEqual(document.sentences[0].text, "Ciao")
        XCTAssertEqual(document.sentences[0].tokens, [CoNLLUToken(form: "Ciao", spaceAfter: false)])
    }

    func testWrongColumnCountReportsLine() {
        let text = "# text = Ciao mondo\n1\tCiao\t_\t_\t_\t_\t0\t_\t_\t_\n2\tmondo\t_\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: text)) { error in
            let error = error as? CoNLLUError
            XCTAssertEqual(error?.line, 3)
            XCTAssertEqual(error.map(String.init(describing:))?.hasPrefix("CoNLL-U line 3:"), true)
        }
    }

    func testBadWordIDsReportLine() {
        let skipped = "1\tA\t_\t_\t_\t_\t0\t_\t_\t_\n3\tB\t_\t_\t_\t_\t1\t_\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: skipped)) { error in
            XCTAssertEqual((error as? CoNLLUError)?.line, 2)
        }
        let garbage = "\n\n1\tA\t_\t_\t_\t_\t0\t_\t_\t_\nx\tB\t_\t_\t_\t_\t1\t_\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: garbage)) { error in
            XCTAssertEqual((error as? CoNLLUError)?.line, 4)
        }
        let emptyForm = "1\tA\t_\t_\t_\t_\t0\t_\t_\t_\n2\t\t_\t_\t_\t_\t1\t_\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: emptyForm)) { error in
            XCTAssertEqual((error as? CoNLLUError)?.line, 2)
        }
    }

    func testIncompleteMultiwordTokenReportsLine() {
        let text = "1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdi\t_\t_\t_\t_\t0\t_\t_\t_\n\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: text)) { error in
            // The blank line 3 closes the sentence while word 2 of "del" is missing.
            XCTAssertEqual((error as? CoNLLUError)?.line, 3)
        }
        let misplaced = "1\tA\t_\t_\t_\t_\t0\t_\t_\t_\n3-4\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
        XCTAssertThrowsError(try CoNLLUDocument(parsing: misplaced)) { error in
            XCTAssertEqual((error as? CoNLLUError)?.line, 2)
        }
    }

    // MARK: - Raw text

    func testRawTextJoinsSentenceTexts() throws {
        let document = try document([["Piove", "."], ["Esco", "."]])
        XCTAssertEqual(document.rawText, "Piove . Esco .")
    }

    func testRawTextRebuildsSentencesWithoutText() {
        let document = CoNLLUDocument(sentences: [
            CoNLLUSentence(text: "Ciao.", tokens: [CoNLLUToken(form: "Ciao", spaceAfter: false), CoNLLUToken(form: ".")]),
            CoNLLUSentence(text: nil, tokens: [
                CoNLLUToken(form: "Dov'è", spaceAfter: true), CoNLLUToken(form: "?", spaceAfter: true),
            ]),
        ])
        XCTAssertEqual(document.rawText, "Ciao. Dov'è ?")
    }
}
