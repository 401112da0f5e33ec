import XCTest

@testable import ItalianNLP

/// The per-thread table in front of the word-class memo must give the memo's answers, whether a
/// form is found by identity, by its bytes, or evicted and worked out again.
final class ClaimWordClassesCacheTests: XCTestCase {
    func testGivesTheMemosAnswers() {
        // Short forms (held inline) and long ones (each String its own storage), many more than the
        // table's slots, so that forms evict each other; every form twice, the second time found.
        var forms: [String] = ["il", "ha", "detto", "dichiarazione", "sottolineato", "Rossi", "", ":", "secondo"]
        for index in 0..<10_000 { forms.append(index % 2 == 0 ? "parola\(index)" : "un-nome-molto-lungo-numero-\(index)") }
        let cache = ClaimWordClassesCache.take()
        let first = cache.classes(of: forms)
        let second = cache.classes(of: forms)
        ClaimWordClassesCache.give(cache)
        XCTAssertEqual(first.count, forms.count)
        for (index, form) in forms.enumerated() {
            XCTAssertEqual(first[index], ClaimWordClasses.compute(form), form)
            XCTAssertEqual(second[index], first[index], form)
        }
        XCTAssertTrue(first[1].contains(.auxiliary))
        XCTAssertTrue(first[2].contains(.cueForm))
    }

    /// A token's classes, remembered on its forms object, are its matching form's, the first time
    /// and after; the same forms object gives them to a second table too.
    func testTokenClassesAreTheFormsClasses() {
        let text = "Il ministro Carlo Neri ha detto: «Secondo me è così», sottolineando che l’Inps non paga."
        let forms = Tokenizer().tokenize(text).tokens.map(\.forms) + [TokenForms(surface: "Rossi", normalized: "rossi", expansion: [])]
        let cache = ClaimWordClassesCache.take()
        for _ in 0..<2 {
            for tokenForms in forms {
                XCTAssertEqual(cache.classes(ofToken: tokenForms), ClaimWordClasses.compute(tokenForms.normalized), tokenForms.surface)
                XCTAssertNotEqual(tokenForms.claimMemoWord & TokenForms.rememberedFlag, 0, tokenForms.surface)
            }
        }
        ClaimWordClassesCache.give(cache)
        let other = ClaimWordClassesCache.take()
        for tokenForms in forms {
            XCTAssertEqual(other.classes(ofToken: tokenForms), ClaimWordClasses.compute(tokenForms.normalized), tokenForms.surface)
        }
        ClaimWordClassesCache.give(other)
    }

    /// Equal forms in different storages are answered alike (one by identity, the other by bytes).
    func testEqualFormsInOtherStoragesAgree() {
        let long = String(repeating: "dichiarazione", count: 3)
        let copy = String(long.utf8.map { Character(UnicodeScalar($0)) })
        let cache = ClaimWordClassesCache.take()
        let classes = cache.classes(of: [long, copy, long])
        ClaimWordClassesCache.give(cache)
        XCTAssertEqual(classes[0], classes[1])
        XCTAssertEqual(classes[1], classes[2])
    }
}
