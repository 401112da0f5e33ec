import Foundation
import XCTest

@testable import ItalianNLP

/// Prints the claims of the text in $ITNLP_DUMP (a developer aid; skipped otherwise).
final class DebugDumpTests: XCTestCase {
    func testDump() throws {
        guard let text = ProcessInfo.processInfo.environment["ITNLP_DUMP"] else { throw XCTSkip("set ITNLP_DUMP to a text") }
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let context = AttributionContext(document: document)
        for sentence in document.sentences.indices {
            print("S\(sentence): cues", context.cues[sentence].map { "\(document.text($0.tokens.lowerBound, $0.tokens.upperBound)) \($0.lemma) pl=\(String(describing: $0.plural))" },
                  "mentions", context.mentions[sentence].map { "\($0.name)/\($0.kind)" })
        }
        dumpClaims(text)
    }
}
