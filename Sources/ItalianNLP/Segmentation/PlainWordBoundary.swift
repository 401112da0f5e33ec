/// The ICU word boundary after a plain run of Latin letters or ASCII digits, found without ICU.
///
/// Most of Italian text is runs of Latin letters between spaces and common punctuation. For such
/// a run the Unicode word-break rules (UAX #29, which ICU implements) put the boundary at the
/// run's end: letters never break from letters (WB5), digits from digits (WB8), and a run
/// followed by a character that no rule joins to it (a space, a comma, a quotation mark) ends
/// there (WB999). The joins Italian needs most are followed here too: letters across one
/// apostrophe or period ("l’anno", "S.p.A", WB6/7) and digits across one period, comma or
/// apostrophe ("1.000,50", WB11/12). Where another rule *could* join — letters against digits
/// (WB9/10), an underscore (WB13a/b), combining marks and format characters (WB4), any other
/// script — this returns nil and the tokenizer asks ICU. `PlainWordBoundaryTests` checks the
/// answers against ICU on real text.
enum PlainWordBoundary {
    /// ICU's rule status for a segment of letters (`UBRK_WORD_LETTER`) and of digits.
    static let letterStatus = 200
    static let numberStatus = 100

    /// The first word boundary after `start` and its rule status, when the text at `start` is a
    /// plain run whose boundary is certain; nil when only ICU can tell. `joined` says that the
    /// segment holds an apostrophe, period or comma between its letters or digits ("l’anno",
    /// "1.000,50"), which the Italian rules look inside.
    @inline(__always)
    static func segment(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (offset: Int, status: Int, joined: Bool)? {
        let count = bytes.count
        let lead = bytes[start]
        if isDigit(lead) {
            var end = start + 1
            var joined = false
            while true {
                while end < count, isDigit(bytes[end]) { end += 1 }
                // WB11/12: digits joined across one MidNum or MidNumLet (, ; . ’ ') to more digits.
                guard let length = midLength(bytes, at: end, betweenDigits: true), end + length < count,
                    isDigit(bytes[end + length])
                else { break }
                end += length
                joined = true
            }
            return endsCleanly(bytes, at: end, afterDigits: true) ? (end, numberStatus, joined) : nil
        }
        var end = start
        var joined = false
        while true {
            while end < count {
                let length = latinLetterLength(bytes, at: end)
                if length == 0 { break }
                end += length
            }
            // WB6/7: letters joined across one MidNumLet (. ’ ‘ ') to more letters.
            guard end > start, let length = midLength(bytes, at: end, betweenDigits: false), end + length < count,
                latinLetterLength(bytes, at: end + length) > 0
            else { break }
            end += length
            joined = true
        }
        guard end > start else { return punctuation(bytes, at: start).map { ($0.offset, $0.status, false) } }
        return endsCleanly(bytes, at: end, afterDigits: false) ? (end, letterStatus, joined) : nil
    }

    /// The length of a mark at `offset` that lets ICU join two letters (MidNumLet ". ’ ‘ '"; the
    /// colon, MidLetter in UAX #29, is not one in ICU's rules) or two digits (MidNum ", ;" and
    /// MidNumLet); nil for anything else.
    @inline(__always)
    private static func midLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, betweenDigits: Bool) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x2E, 0x27: return 1
        case 0x2C, 0x3B: return betweenDigits ? 1 : nil
        case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x99 || bytes[offset + 2] == 0x98):
            return 3
        default: return nil
        }
    }

    /// An ASCII punctuation mark or symbol, or one of the common typographic marks of Italian
    /// text, is a segment of its own when an ASCII character follows (no combining mark or
    /// variation selector can attach to it then).
    @inline(__always)
    private static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (offset: Int, status: Int)? {
        let lead = bytes[start]
        let length: Int
        if lead < 0x80 {
            // Letters and digits were handled; the underscore joins words (WB13a), and control
            // characters and spaces are the tokenizer's business.
            guard lead > 0x20, lead != 0x5F, lead != 0x7F, lead != 0x40 else { return nil }
            // After a letter or digit, . ' : , ; may sit inside ICU's segment ("King's" when the
            // tokenizer split off "'s" itself, "3,5"): only ICU knows where that segment ends.
            // That needs a letter or digit after the mark too; "parola, " and "fine. " are safe.
            if lead == 0x2E || lead == 0x27 || lead == 0x3A || lead == 0x2C || lead == 0x3B, start > 0 {
                let before = bytes[start - 1]
                if (before >= 0x80 || isASCIILetterOrDigit(before)) && !followedByInert(bytes, at: start + 1) { return nil }
            }
            length = 1
        } else {
            length = typographicMarkLength(bytes, at: start)
            guard length > 0 else { return nil }
        }
        let end = start + length
        guard end == bytes.count || bytes[end] < 0x80 else { return nil }
        return (end, 0)
    }

    /// Whether no word-break rule can join the character at `end` (and the one after it) to the
    /// run before it.
    @inline(__always)
    private static func endsCleanly(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int, afterDigits: Bool) -> Bool {
        let count = bytes.count
        guard end < count else { return true }
        let next = bytes[end]
        if next < 0x80 {
            // ICU counts "@" as a letter (it keeps "nick@" whole), like the underscore joiner.
            if isASCIILetterOrDigit(next) || next == 0x5F || next == 0x40 { return false }
            // . ' : , ; join a run to a letter or digit after them (MidLetter, MidNumLet, MidNum).
            if next == 0x2E || next == 0x27 || next == 0x3A || next == 0x2C || next == 0x3B {
                return followedByInert(bytes, at: end + 1)
            }
            return true
        }
        // ’ and ‘ are MidNumLet, like the ASCII apostrophe.
        if next == 0xE2, end + 2 < count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 || bytes[end + 2] == 0x98 {
            return followedByInert(bytes, at: end + 3)
        }
        return typographicMarkLength(bytes, at: end) > 0
    }

    /// Whether the text ends at `offset` or an ASCII character that is neither a letter, a digit,
    /// an underscore nor "@" stands there.
    @inline(__always)
    private static func followedByInert(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        return byte < 0x80 && !isASCIILetterOrDigit(byte) && byte != 0x5F && byte != 0x40
    }

    /// The length of a Latin letter at `offset`: an ASCII letter, a letter of Latin-1 (À–ÿ
    /// without × and ÷) or of Latin Extended-A (Ā–ſ); 0 for anything else.
    @inline(__always)
    static func latinLetterLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A ? 1 : 0 }
        guard byte >= 0xC3, byte <= 0xC5, offset + 1 < bytes.count else { return 0 }
        let second = bytes[offset + 1]
        guard second >= 0x80, second <= 0xBF else { return 0 }
        if byte == 0xC3, second == 0x97 || second == 0xB7 { return 0 }
        return 2
    }

    /// The length of a typographic mark whose word-break property is Other: « » “ ” „ ‹ › – — …
    /// € °; 0 for anything else.
    @inline(__always)
    private static func typographicMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let byte = bytes[offset]
        if byte == 0xC2, offset + 1 < bytes.count {
            switch bytes[offset + 1] {
            case 0xAB, 0xBB, 0xB0: return 2
            default: return 0
            }
        }
        if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80 {
            switch bytes[offset + 2] {
            case 0x93, 0x94, 0x9C, 0x9D, 0x9E, 0xA6, 0xB9, 0xBA: return 3
            default: return 0
            }
        }
        if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x82, bytes[offset + 2] == 0xAC { return 3 }
        return 0
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}
