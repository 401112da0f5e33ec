import XCTest
@testable import ItalianNLP

/// The byte-hashed table behind the rules' word sets and lemma bridges answers as the dictionary
/// of its entries does, canonical equivalence included.
final class FormTableTests: XCTestCase {
    private let entries: [String: Int] = [
        "di": 1, "perché": 2, "più": 3, "città": 4, "euro": 5, "€": 6, "😂": 7, "": 8, "l'": 9, "stipendio": 10,
        // An entry written decomposed ("é" as e + U+0301).
        "caffe\u{301}": 11,
    ]

    func testAnswersAsTheDictionary() {
        let table = FormTable(entries)
        let queries = [
            "di", "perché", "più", "città", "euro", "€", "😂", "", "l'", "stipendio", "caffè", "caffé", "caffe\u{301}",
            // Decomposed queries of composed entries, and forms that are in no entry.
            "perche\u{301}", "piu\u{300}", "citta\u{300}", "da", "Di", "stipendi", "perch", "perchè", "e\u{301}uro",
        ]
        for query in queries {
            XCTAssertEqual(table[query], entries[query], query)
            // The slice and byte look-ups answer alike, for a query standing alone or inside a
            // longer string.
            let longer = query + " altro"
            XCTAssertEqual(table[longer[..<longer.index(longer.endIndex, offsetBy: -6)]], entries[query], query)
            let bytes = Array(longer.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(table.value(utf8: UnsafeBufferPointer(rebasing: buffer[..<query.utf8.count])), entries[query], query)
            }
        }
    }

    func testManyEntries() {
        var dictionary: [String: Int] = [:]
        for number in 0..<3000 { dictionary["parola\(number)"] = number }
        let table = FormTable(dictionary)
        for number in 0..<3100 {
            XCTAssertEqual(table["parola\(number)"], dictionary["parola\(number)"])
        }
        XCTAssertNil(table["parola"])
    }
}
