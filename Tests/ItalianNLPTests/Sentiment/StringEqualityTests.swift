import XCTest
@testable import ItalianNLP

/// `StringIdentity.equals` and `SwitchedForm` answer as `==` does, for short and long strings,
/// ASCII or not, and for the spellings that only canonical equivalence calls equal.
final class StringEqualityTests: XCTestCase {
    func testEqualsAgreesWithStringEquality() {
        var grown = ""
        grown.reserveCapacity(64)
        grown += "di"
        let strings = [
            "", "di", "da", "de", "per", ";", "\u{037E}", "è", "e\u{300}", "perché", "perche\u{301}", "K", "\u{212A}",
            "quindicilettere", "sedicilettereeee", "una parola molto più lunga di quindici byte", "ma", "ma ", grown,
            String("xdi".dropFirst()), "«", "\"",
            // Inline strings of scalars below U+0300, and their spellings with combining marks.
            "sì", "si", "si\u{300}", "più", "piu", "città", "é", "e\u{301}", "\u{C5}", "A\u{30A}", "\u{212B}", "ß", "Ω", "\u{2126}",
            "quattordicièè", "quattordicièèè",
        ]
        for first in strings {
            for second in strings {
                XCTAssertEqual(StringIdentity.equals(first, second), first == second, "\(first) / \(second)")
            }
        }
        // A long storage holding a short form, against the inline form.
        XCTAssertTrue(StringIdentity.equals(grown, "di"))
        XCTAssertTrue(StringIdentity.equals(";", "\u{037E}"))
    }

    func testShortASCII() {
        XCTAssertTrue(StringIdentity.isShortASCII("di"))
        XCTAssertTrue(StringIdentity.isShortASCII(";"))
        XCTAssertFalse(StringIdentity.isShortASCII("perché"))
        XCTAssertFalse(StringIdentity.isShortASCII("perche\u{301}"))
        XCTAssertFalse(StringIdentity.isShortASCII("una parola molto più lunga di quindici byte"))
        XCTAssertFalse(StringIdentity.isShortASCII("sedicilettereeee"))
    }

    func testSwitchedFormMatchesAsASwitchOverTheString() {
        func plain(_ form: String) -> Int {
            switch form {
            case "ma", "e": return 1
            case "sì", ";": return 2
            default: return 0
            }
        }
        func switched(_ form: String) -> Int {
            switch SwitchedForm(form) {
            case "ma", "e": return 1
            case "sì", ";": return 2
            default: return 0
            }
        }
        for form in ["ma", "e", "sì", "si\u{300}", ";", "\u{037E}", "mai", "", "certo"] {
            XCTAssertEqual(switched(form), plain(form), form)
        }
    }
}
