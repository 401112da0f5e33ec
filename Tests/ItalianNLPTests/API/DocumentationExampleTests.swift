import Foundation
import XCTest

@testable import ItalianNLP

/// The Swift examples of README.md and of the DocC articles, run with the values their comments
/// promise. `testEveryDocumentedExampleIsRunHere` keeps the two in step: every code line of every
/// `swift` block of the documentation must appear, in order, in this file (a Package.swift
/// fragment excepted), so an example edited in the documentation and not here, or the other way
/// round, fails.
final class DocumentationExampleTests: XCTestCase {
    // MARK: README.md

    func testReadmeLibraryExample() {
        let article = "La ministra Anna Galli ha detto che il piano è pronto."
        let tokenizer = Tokenizer()                       // build once, use from any task
        let result = tokenizer.tokenize("Non è lo stipendio, sostiene, ma l’attrazione dell’IA.")
        var printed: [String] = []
        for sentence in result.sentences {
            for token in sentence.tokens {
                printed.append("\(token.text) \(token.kind) \(token.span.scalars) \(token.words)")
            }
        }
        XCTAssertTrue(printed.contains(#"dell’ word 46..<51 ["di", "l’"]"#), "\(printed)")

        // Who said what.
        let claims = extractClaims(text: article)          // [Claim]
        let extractor = ClaimExtractor()                   // reuse for many documents
        let extraction = extractor.extract(article)        // claims + quotations + tokens
        for claim in extraction.claims {
            _ = (claim.kind, claim.source ?? "?", article[claim.content.range], claim.rule, claim.confidence)
        }
        XCTAssertEqual(claims, extraction.claims)
        XCTAssertEqual(claims.first?.source, "Anna Galli")

        // Everything at once: tokens, claims with their own sentiment and frames, the document's.
        let document = Analyzer().analyze(article)         // reuse one Analyzer for many documents
        for (claim, stance) in zip(document.claims, document.claimSentiments) {
            _ = (claim.source ?? "?", stance.sentiment.label, stance.frames.keys)
        }
        XCTAssertEqual(document.claims, claims)

        let normalized = TextNormalizer.normalize("Perche' e' cosi'", form: .matching(foldingAccents: false))
        XCTAssertEqual(normalized.text, "perché è così")
        XCTAssertEqual(normalized.originalRange(ofUTF8: 0..<7), 0..<7)
    }

    func testReadmeSentimentExample() {
        let article = "Non è lo stipendio, ma la passione per il mestiere."
        let analyzer = SentimentAnalyzer()                        // or Options(frames: try FrameLexicon(contentsOfFile: "my.tsv"))
        let analysis = analyzer.analyze(article)
        XCTAssertLessThan(analysis.frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(analysis.missionOverMoney, 0)
        XCTAssert((-1...1).contains(analysis.sentiment.score))
    }

    // MARK: ItalianNLP.md (the catalog's landing page)

    func testLandingPageExample() {
        let article = "«Il piano è pronto», ha detto la ministra Anna Galli."
        let claims = extractClaims(text: article)
        for claim in claims {
            XCTAssertEqual(claim.source, "Anna Galli")
            XCTAssertEqual(article[claim.content.range], "Il piano è pronto")
        }
        XCTAssertEqual(claims.count, 1)
    }

    // MARK: GettingStarted.md

    func testGettingStartedClaims() {
        let article = "Il sindaco di Pescara, Carla Moretti, ha annunciato che il nuovo ponte sarà aperto a giugno. «Abbiamo rispettato i tempi», ha aggiunto. Secondo la Regione, i costi sono saliti del 12 per cento."
        let claims = extractClaims(text: article)
        let sources = claims.map { $0.source ?? "?" }           // ["Carla Moretti", "Carla Moretti", "Regione"]
        let kinds = claims.map(\.kind)                           // [.indirect, .direct, .according]
        let said = article[claims[1].content.range]              // "Abbiamo rispettato i tempi"
        let rule = claims[1].rule                                // "InvertedCueAfterQuotation"
        XCTAssertEqual(sources, ["Carla Moretti", "Carla Moretti", "Regione"])
        XCTAssertEqual(kinds, [.indirect, .direct, .according])
        XCTAssertEqual(said, "Abbiamo rispettato i tempi")
        XCTAssertEqual(rule, "InvertedCueAfterQuotation")
        XCTAssertNil(claims[1].speaker, "the dropped subject has no mention of its own")

        let analyzer = Analyzer()                                // build once, use from any task
        let document = analyzer.analyze(article)
        let claimCount = document.claimSentiments.count          // 3: one per claim
        let tone = document.sentiment.label                      // .neutral: a plain report
        XCTAssertEqual(claimCount, 3)
        XCTAssertEqual(tone, .neutral)
    }

    func testGettingStartedTokens() {
        let tokenizer = Tokenizer()                              // build once, use from any task
        let tokenized = tokenizer.tokenize("Non è lo stipendio, sostiene, ma l’attrazione dell’IA.")
        let token = tokenized.sentences[0].tokens[10]            // "dell’"
        let offsets = token.span.scalars                         // 46..<51
        let words = token.words                                  // ["di", "l’"]
        XCTAssertEqual(token.text, "dell’")
        XCTAssertEqual(offsets, 46..<51)
        XCTAssertEqual(words, ["di", "l’"])
    }

    func testGettingStartedSentiment() {
        let analysis = SentimentAnalyzer().analyze("Non lo fa per lo stipendio, ma per passione.")
        let label = analysis.sentiment.label                     // .positive
        let money = analysis.frames["money"]?.stance             // -1: money is rejected
        let mission = analysis.frames["mission"]?.stance         // 1: mission is asserted
        XCTAssertEqual(label, .positive)
        XCTAssertEqual(money, -1)
        XCTAssertEqual(mission, 1)
    }

    // MARK: FindingClaims.md

    func testFindingClaims() {
        let extractor = ClaimExtractor()                         // reuse it: it is Sendable
        let text = "«Non firmeremo», ha detto il segretario della Fiom, Paolo Neri. Il ministro avrebbe detto che il decreto è pronto. Il libro «Mare aperto» esce domani."
        let result = extractor.extract(text)
        let first = result.claims[0]
        let kind = first.kind                                    // .direct
        let source = first.source                                // "Paolo Neri"
        let cue = first.cue.map { text[$0.range] }               // "ha detto"
        let content = text[first.content.range]                  // "Non firmeremo"
        let second = result.claims[1]
        let hedged = second.hedged                               // true: "avrebbe detto"
        let roles = result.quotations.map(\.role)                // [.speech, .title]
        let owner = result.quotations[0].claim                   // 0: the quotation is claim 0's words
        XCTAssertEqual(kind, .direct)
        XCTAssertEqual(source, "Paolo Neri")
        XCTAssertEqual(cue, "ha detto")
        XCTAssertEqual(content, "Non firmeremo")
        XCTAssertTrue(hedged)
        XCTAssertEqual(roles, [.speech, .title])
        XCTAssertEqual(owner, 0)

        let strict = ClaimExtractor(options: .init(minimumConfidence: 0.8))
        let sure = strict.extract(text).claims.count             // 2: both claims are at 0.85 or above
        XCTAssertEqual(sure, 2)
        XCTAssertEqual(ClaimExtractor(options: .init(minimumConfidence: 0.95)).extract(text).claims.count, 0)
    }

    // MARK: TextAndOffsets.md

    func testTextAndOffsets() {
        let tokenizer = Tokenizer()
        let text = "Il Dott. Bianchi dell’Inps: «Portarlo a 1.000,50 euro è giusto»."
        let tokenized = tokenizer.tokenize(text)
        let sentenceCount = tokenized.sentences.count            // 1: "Dott." does not end the sentence
        let tokens = tokenized.sentences[0].tokens
        let texts = tokens.map(\.text)                           // ["Il", "Dott.", "Bianchi", "dell’", "Inps", ":", "«", "Portarlo", "a", "1.000,50", "euro", "è", "giusto", "»", "."]
        let preposition = tokens[3].words                        // ["di", "l’"]
        let verb = tokens[7].words                               // ["Portar", "lo"]
        let number = tokens[9].kind                              // .number
        XCTAssertEqual(sentenceCount, 1)
        XCTAssertEqual(texts, ["Il", "Dott.", "Bianchi", "dell’", "Inps", ":", "«", "Portarlo", "a", "1.000,50", "euro", "è", "giusto", "»", "."])
        XCTAssertEqual(preposition, ["di", "l’"])
        XCTAssertEqual(verb, ["Portar", "lo"])
        XCTAssertEqual(number, .number)

        let span = tokens[4].span                                // "Inps"
        let same = text[span.range]                              // "Inps"
        let scalars = span.scalars                               // 22..<26
        let bytes = span.utf8                                    // 24..<28: "’" takes three bytes in UTF-8
        XCTAssertEqual(same, "Inps")
        XCTAssertEqual(scalars, 22..<26)
        XCTAssertEqual(bytes, 24..<28)

        let normalized = TextNormalizer.normalize("Perche' e' cosi'", form: .matching(foldingAccents: false))
        let matching = normalized.text                           // "perché è così"
        let original = normalized.originalRange(ofUTF8: 0..<7)   // 0..<7: "Perche'" in the input
        XCTAssertEqual(matching, "perché è così")
        XCTAssertEqual(original, 0..<7)
    }

    // MARK: SentimentAndFrames.md

    func testSentimentAndFrames() throws {
        let analyzer = SentimentAnalyzer()                       // build once: it is Sendable
        let analysis = analyzer.analyze("Non lo fa per lo stipendio, ma per passione.")
        let score = analysis.sentiment.score                     // > 0
        let label = analysis.sentiment.label                     // .positive
        let money = analysis.frames["money"]                     // salience 1, stance −1: rejected
        let mission = analysis.frames["mission"]                 // salience 0.8, stance +1: asserted
        let balance = analysis.missionOverMoney                  // > 0: mission over money
        let perSentence = analysis.sentences.count               // 1
        XCTAssertGreaterThan(score, 0)
        XCTAssertEqual(label, .positive)
        XCTAssertEqual(money?.salience, 1)
        XCTAssertEqual(money?.stance, -1)
        XCTAssertEqual(mission?.salience, 0.8)
        XCTAssertEqual(mission?.stance, 1)
        XCTAssertGreaterThan(balance, 0)
        XCTAssertEqual(perSentence, 1)

        let evidence = analysis.sentences[0].frames["money"]?.evidence ?? []   // "stipendio", rejected by CorrectiveFrameRole
        let words = analysis.sentiment.explanation.map(\.text)   // ["passione"]
        XCTAssertEqual(evidence.map(\.text), ["stipendio"])
        XCTAssertEqual(evidence.map(\.rule), ["CorrectiveFrameRole"])
        XCTAssertEqual(money?.evidence, [], "a document's aggregate has no evidence of its own")
        XCTAssertEqual(words, ["passione"])

        let lexicon = try FrameLexicon(tsv: "green\tambiente\t1\ngreen\tsostenibile\t1\n")
        let green = SentimentAnalyzer(options: .init(frames: lexicon))
        let salience = green.analyze("Un progetto sostenibile per l'ambiente.").frames["green"]?.salience   // 2: two terms of weight 1
        XCTAssertEqual(salience, 2)
    }

    // MARK: The documentation and this file in step

    /// The documents whose Swift examples this file runs.
    static let documents = ["README.md"] + [
        "GettingStarted.md", "FindingClaims.md", "TextAndOffsets.md", "SentimentAndFrames.md", "ItalianNLP.md",
    ].map { "Sources/ItalianNLP/ItalianNLP.docc/" + $0 }

    /// The code lines of the `swift` blocks of a Markdown text, without trailing comments and
    /// blank lines: what must be found here. A Package.swift fragment is not Swift one can run.
    static func exampleLines(ofMarkdown markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]? = nil
        for line in markdown.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil {
                if trimmed == "```swift" { current = [] }
            } else if trimmed == "```" {
                if let block = current, !block.contains(where: { $0.contains(".package(") || $0.hasPrefix("// Package.swift") }) {
                    blocks.append(block)
                }
                current = nil
            } else {
                let code = codePart(of: trimmed)
                if !code.isEmpty { current?.append(code) }
            }
        }
        return blocks
    }

    /// A line without its trailing `// …` comment (a `//` inside a string literal is kept).
    static func codePart(of line: String) -> String {
        var inString = false
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\"" { inString.toggle() }
            if !inString, character == "/", previous == "/" {
                let start = line.index(before: index)
                return String(line[..<start]).trimmingCharacters(in: .whitespaces)
            }
            previous = character
            index = line.index(after: index)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    func testEveryDocumentedExampleIsRunHere() throws {
        let thisFile = try String(contentsOfFile: #filePath, encoding: .utf8)
        let here = thisFile.components(separatedBy: "\n").map { Self.codePart(of: $0.trimmingCharacters(in: .whitespaces)) }
        var checked = 0
        for document in Self.documents {
            let markdown = try String(contentsOf: PackageFolders.root.appendingPathComponent(document), encoding: .utf8)
            for block in Self.exampleLines(ofMarkdown: markdown) {
                // The block's lines must appear in this order among this file's lines.
                var position = here.startIndex
                for line in block where !Self.isIllustrationOnly(line) {
                    guard let found = here[position...].firstIndex(of: line) else {
                        XCTFail("\(document): the example line «\(line)» is not run by DocumentationExampleTests")
                        break
                    }
                    position = here.index(after: found)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 40, "the documentation's examples were not found")
    }

    /// Lines of the README's examples that only show a call's shape: the tests above run the same
    /// call in an assertion, or (for `import` and `print`) need no running.
    static func isIllustrationOnly(_ line: String) -> Bool {
        line == "import ItalianNLP" || line.hasPrefix("print(") || line == "}"
            || line.hasPrefix("normalized.") || line.hasPrefix("analysis.")
    }

    func testTheLineCheckerFindsAMissingLine() {
        let blocks = Self.exampleLines(ofMarkdown: "text\n```swift\nlet x = 1   // one\n\n```\n```swift\n// Package.swift\n.package(url: \"u\")\n```\n")
        XCTAssertEqual(blocks, [["let x = 1"]])
        XCTAssertEqual(Self.codePart(of: #"let url = "http://a.b"  // c"#), #"let url = "http://a.b""#)
    }
}
