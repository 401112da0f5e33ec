import XCTest

@testable import ItalianNLP

/// `FormIndex` must answer as a `Dictionary<String, Value>` given the same assignments, whichever
/// path a key takes (plain bytes, NFC first, or the dictionary of other keys).
final class FormIndexTests: XCTestCase {
    /// Keys of every kind, with canonically equivalent spellings of the same key.
    private let keys: [String] = [
        "rossi", "mario rossi", "dell'inps", "dell’inps", "l’istituto superiore di sanità", "sanità", "sanita\u{300}", "é", "e\u{301}",
        "Å", "A\u{30A}", "\u{212B}", "ministro dell'interno", "", " ", "–", "\u{1F600}", "x\u{1F600}", "ǆ", "ﬁ", "ὰ", "α\u{300}",
        "ä\u{323}", "a\u{323}\u{308}", String(repeating: "lungo nome ", count: 5),
    ]

    func testAnswersAsADictionary() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            var index = FormIndex<Int>(minimumCapacity: round % 3 == 0 ? 0 : 16)
            var dictionary: [String: Int] = [:]
            // Many more keys than the initial slots, so that the table grows, and removals.
            var pool = keys
            for number in 0..<(40 + round * 10) { pool.append("nome\(number)") }
            for step in 0..<400 {
                let key = pool[Int.random(in: 0..<pool.count, using: &generator)]
                if step % 7 == 3 {
                    index[key] = nil
                    dictionary[key] = nil
                } else {
                    index[key] = step
                    dictionary[key] = step
                }
                XCTAssertEqual(index.count, dictionary.count)
            }
            for key in pool {
                XCTAssertEqual(index[key], dictionary[key], key)
                XCTAssertEqual(index.contains(key), dictionary[key] != nil, key)
            }
            XCTAssertEqual(index.isEmpty, dictionary.isEmpty)
        }
    }

    /// A copy is a value of its own: changing it (or the original) leaves the other as it was,
    /// though the two share one table until then.
    func testCopiesAreIndependent() {
        var original = FormIndex<Int>(minimumCapacity: 4)
        original["rossi"] = 1
        original["\u{1F600}"] = 2
        var copy = original
        copy["rossi"] = 10
        copy["bianchi"] = 3
        copy["\u{1F600}"] = nil
        XCTAssertEqual(original["rossi"], 1)
        XCTAssertNil(original["bianchi"])
        XCTAssertEqual(original["\u{1F600}"], 2)
        XCTAssertEqual(original.count, 2)
        XCTAssertEqual(copy["rossi"], 10)
        XCTAssertEqual(copy["bianchi"], 3)
        XCTAssertNil(copy["\u{1F600}"])
        original["verdi"] = 4
        XCTAssertNil(copy["verdi"])
        // An empty table copied, then filled.
        let empty = FormIndex<Int>()
        var filled = empty
        filled["neri"] = 5
        XCTAssertTrue(empty.isEmpty)
        XCTAssertEqual(filled["neri"], 5)
    }

    /// Equivalent spellings name one entry, whichever was stored first.
    func testEquivalentKeysShareAnEntry() {
        for (first, second) in [("é", "e\u{301}"), ("e\u{301}", "é"), ("Å", "\u{212B}"), ("sanità", "sanita\u{300}"), ("ä\u{323}", "a\u{323}\u{308}")] {
            var index = FormIndex<Int>()
            index[first] = 1
            XCTAssertEqual(index[second], 1, second)
            index[second] = 2
            XCTAssertEqual(index[first], 2, first)
            XCTAssertEqual(index.count, 1)
            index[second] = nil
            XCTAssertNil(index[first])
            XCTAssertTrue(index.isEmpty)
        }
    }

    /// Removing keys from the middle of a run of colliding slots keeps every other key found.
    func testRemovalKeepsTheOthers() {
        var index = FormIndex<Int>()
        var dictionary: [String: Int] = [:]
        for number in 0..<300 {
            index["k\(number)"] = number
            dictionary["k\(number)"] = number
        }
        for number in stride(from: 0, to: 300, by: 3) {
            index["k\(number)"] = nil
            dictionary["k\(number)"] = nil
        }
        for number in 0..<300 { XCTAssertEqual(index["k\(number)"], dictionary["k\(number)"]) }
        XCTAssertEqual(index.count, 200)
    }

    /// The one-pass hash of a key is the plain test and the FNV-1a hash of two passes: the same
    /// hash for a plain key (apostrophes and dashes of U+2010–U+205E included), none for any other.
    func testPlainHashIsThePlainTestAndTheHash() {
        let more = ["l\u{2019}amico", "gio\u{2014}vane", "\u{205E}", "\u{205F}", "\u{2010}", "\u{200F}", "x\u{E2}", "caff\u{E8}", "ab\u{E2}\u{80}"]
        for key in keys + more {
            let bytes = Array(key.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let expected: UInt32? = MarkList.isPlain(buffer) ? FormMemo<Int>.hash(buffer) : nil
                XCTAssertEqual(FormIndex<Int>.plainHash(of: buffer), expected, key.debugDescription)
            }
        }
        // Bytes cut inside a scalar (not from a String): an E2 lead too near the end is not plain.
        let cut: [UInt8] = [0x61, 0xE2, 0x80]
        cut.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(FormIndex<Int>.plainHash(of: buffer), MarkList.isPlain(buffer) ? FormMemo<Int>.hash(buffer) : nil)
        }
    }
}
