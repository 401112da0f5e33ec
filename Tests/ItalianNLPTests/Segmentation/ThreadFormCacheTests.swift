import Foundation
import XCTest
@testable import ItalianNLP

/// The per-thread word-form cache: kept between calls on a thread, never shared by two calls.
final class ThreadFormCacheTests: XCTestCase {
    /// A warm cache gives what a cold one gives: the same text tokenised again, after other texts
    /// filled the thread's cache, yields the same tokens.
    func testWarmCacheGivesTheSameTokens() {
        let tokenizer = Tokenizer()
        let text = "Dell’anno scorso ha detto: «Portarlo qui? Perche' no», e negli USA l’IA."
        let first = tokenizer.tokenize(text).tokens.map { [$0.text, $0.normalized] + $0.expansion }
        for index in 0..<200 { _ = tokenizer.tokenize("parola\(index) dell’altra, della \(index) dandoglielo") }
        let again = tokenizer.tokenize(text).tokens.map { [$0.text, $0.normalized] + $0.expansion }
        XCTAssertEqual(first, again)
    }

    /// While one call holds the thread's cache, another call on the thread gets a fresh one, and
    /// the cache given back is the one the next call takes.
    func testNestedTakeGetsAFreshCache() {
        var outer = ThreadFormCache.take()
        let text = Array("della".utf8)
        let forms = text.withUnsafeBufferPointer { buffer in
            outer.forms(of: buffer, token: RawToken(start: 0, end: buffer.count, kind: .word))
        }
        XCTAssertEqual(forms.expansion, ["di", "la"])
        var inner = ThreadFormCache.take()
        let innerForms = text.withUnsafeBufferPointer { buffer in
            inner.forms(of: buffer, token: RawToken(start: 0, end: buffer.count, kind: .word))
        }
        XCTAssertEqual(innerForms.normalized, forms.normalized)
        ThreadFormCache.give(inner)
        ThreadFormCache.give(outer)
    }
}
