/// Cuts NFC text into tokens: ICU word break, then the Italian rules.
///
/// ICU supplies the segments; the rules below merge or split them where Italian conventions (as
/// in the UD Italian treebanks) differ from ICU's language-neutral ones. Each rule is a method
/// named after what it recognises.
struct WordSegmenter {
    let bytes: UnsafeBufferPointer<UInt8>
    let icu: ICUBreakIterator?
    let abbreviations: AbbreviationLexicon
    private(set) var tokens: [RawToken] = []
    /// An opening single quotation mark (' or ‘) is waiting for its close in this paragraph; while
    /// it waits, an apostrophe after a vowel closes it instead of marking an accent.
    private var openSingleQuote = false
    private var pendingNewlines = 0
    private var pendingSpace = false
    /// Whether plain runs skip ICU (`PlainWordBoundary`); off only to check that both agree.
    let usesPlainBoundaries: Bool

    init(
        bytes: UnsafeBufferPointer<UInt8>, icu: ICUBreakIterator?, abbreviations: AbbreviationLexicon,
        usesPlainBoundaries: Bool = true
    ) {
        self.bytes = bytes
        self.icu = icu
        self.abbreviations = abbreviations
        self.usesPlainBoundaries = usesPlainBoundaries
        tokens.reserveCapacity(bytes.count / 5)
    }

    /// The kind of every ASCII character as a token of its own (Unicode general categories:
    /// `$ + < = > ^ ` | ~` are symbols, the other marks punctuation), without a property lookup.
    static let asciiKinds: [TokenKind] = (0..<128).map { value in
        let byte = UInt8(value)
        if SpecialTokenScanner.isDigit(byte) { return .number }
        if SpecialTokenScanner.isASCIILetter(byte) { return .word }
        if byte < 0x21 || byte == 0x7F { return .symbol }
        return "$+<=>^`|~".utf8.contains(byte) ? .symbol : .punctuation
    }

    /// Whether an ICU segment may continue as an e-mail address after `byte` ("@", ".", "_",
    /// "-", "+"). A switch, not a static set: it is asked after every word, and a static table
    /// cost a `swift_once` check and a load from the table's array each time.
    @inline(__always)
    static func isEmailJoiner(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "+"): return true
        default: return false
        }
    }

    // MARK: - The loop

    mutating func run() {
        var cursor = 0
        let count = bytes.count
        while cursor < count {
            // A combining mark right after a token belongs to it, whatever rule ended the token
            // ("#Z" + U+0301): a token never starts inside a character.
            if let last = tokens.indices.last, tokens[last].end == cursor, Self.combiningMarkLength(bytes, at: cursor) > 0 {
                var end = cursor
                while end < count {
                    let length = Self.combiningMarkLength(bytes, at: end)
                    if length == 0 { break }
                    end += length
                }
                tokens[last].end = end
                cursor = end
                continue
            }
            if let width = Whitespace.width(bytes, at: cursor) {
                let lineBreaks = Whitespace.lineBreaks(bytes, at: cursor, width: width)
                if lineBreaks > 0 {
                    pendingNewlines += lineBreaks
                    openSingleQuote = false
                }
                pendingSpace = true
                cursor += width
                continue
            }
            if let width = Whitespace.invisibleWidth(bytes, at: cursor) {
                cursor += width
                continue
            }
            if let special = SpecialTokenScanner.match(bytes, at: cursor) {
                append(cursor, special.end, special.kind)
                cursor = special.end
                continue
            }
            // ICU is asked only where the Unicode rules leave a choice; plain runs of Latin
            // letters and digits (most of the text) have their boundary at their end.
            let plain = usesPlainBoundaries ? PlainWordBoundary.segment(bytes, at: cursor) : nil
            let segment = plain.map { (offset: $0.offset, status: $0.status) } ?? icu?.boundary(after: cursor) ?? fallbackBoundary(after: cursor)
            let segmentEnd = min(segment.offset, count)
            let lead = bytes[cursor]
            let isWordLike =
                ICUBreakIterator.WordStatus.letter.contains(segment.status)
                || ICUBreakIterator.WordStatus.number.contains(segment.status)
                || (segment.status >= 300 && segment.status < 500)
            if isWordLike {
                cursor = wordLike(
                    from: cursor, segmentEnd: segmentEnd, isNumber: ICUBreakIterator.WordStatus.number.contains(segment.status),
                    isPlainRun: plain.map { !$0.joined } ?? false)
            } else {
                cursor = nonWord(from: cursor, segmentEnd: segmentEnd, lead: lead)
            }
        }
    }

    /// The length of a combining diacritical mark (U+0300–U+036F) or variation selector
    /// (U+FE00–U+FE0F) at `offset`, 0 for anything else.
    @inline(__always)
    static func combiningMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let lead = bytes[offset]
        if lead == 0xCC || lead == 0xCD, offset + 1 < bytes.count {
            let second = bytes[offset + 1]
            if lead == 0xCC || second <= 0xAF { return second >= 0x80 && second <= 0xBF ? 2 : 0 }
            return 0
        }
        if lead == 0xEF, offset + 2 < bytes.count, bytes[offset + 1] == 0xB8, bytes[offset + 2] >= 0x80, bytes[offset + 2] <= 0x8F {
            return 3
        }
        return 0
    }

    /// Without ICU (it failed to load), a segment is a run of letters and digits or one scalar.
    private func fallbackBoundary(after offset: Int) -> (offset: Int, status: Int) {
        var end = offset
        var isWord = false
        while end < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: end)
            guard let scalar = Unicode.Scalar(value) else { break }
            let alphanumeric = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if !alphanumeric { break }
            isWord = true
            end += length
        }
        if !isWord { end = offset + UTF8Scalars.length(lead: bytes[offset]) }
        return (min(end, bytes.count), isWord ? 200 : 0)
    }

    private mutating func append(_ start: Int, _ end: Int, _ kind: TokenKind, abbreviation: AbbreviationLexicon.Entry? = nil) {
        tokens.append(RawToken(
            start: start, end: end, kind: kind, abbreviation: abbreviation,
            newlinesBefore: UInt8(clamping: pendingNewlines), spaceBefore: pendingSpace || start == 0))
        pendingNewlines = 0
        pendingSpace = false
    }

    // MARK: - Words and numbers

    /// A letter or number segment from ICU, with the rules that split or extend it. A plain run
    /// (`PlainWordBoundary`: Latin letters only, or digits only) has no apostrophe or period
    /// inside, so the rules that look for them inside the segment are skipped.
    private mutating func wordLike(from start: Int, segmentEnd: Int, isNumber: Bool, isPlainRun: Bool) -> Int {
        // E-mail addresses: ICU cuts at "@" and at dots.
        if segmentEnd < bytes.count, Self.isEmailJoiner(bytes[segmentEnd]),
            let end = SpecialTokenScanner.email(bytes, at: start)
        {
            append(start, end, .email)
            return end
        }
        var start = start
        var segmentEnd = segmentEnd
        if !isNumber && !isPlainRun {
            start = splitElisions(from: start, to: segmentEnd)
            segmentEnd = possessiveStart(from: start, to: segmentEnd) ?? segmentEnd
        }
        if start >= segmentEnd { return segmentEnd }
        var end = segmentEnd
        if let slashEnd = shortSlashCompound(start: start, end: end) {
            append(start, slashEnd, .word)
            return slashEnd
        }
        var kind: TokenKind = isNumber || SpecialTokenScanner.isDigit(bytes[start]) ? .number : .word
        var abbreviation: AbbreviationLexicon.Entry? = nil

        if kind == .number {
            end = extendNumber(start: start, end: end)
        } else if let truncated = truncatedBeforeLink(end: end) {
            append(start, truncated, .word)
            return truncated
        } else {
            // Checked here: the rule's Unicode property look-ups cost even when no hyphen follows.
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") { end = extendHyphenCompound(start: start, end: end) }
            // Hyphenated parts are letters and digits: a plain run stays without periods.
            if !isPlainRun, isDomainName(start: start, end: end) { kind = .url }
        }
        if end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "."):
                if kind == .word, let entry = abbreviationEntry(start: start, end: end) {
                    abbreviation = entry
                    end += 1
                }
            case UInt8(ascii: "'"):
                end = extendApostrophe(start: start, end: end, apostropheLength: 1, isNumber: kind == .number)
            case 0xE2 where end + 2 < bytes.count && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99:
                end = extendApostrophe(start: start, end: end, apostropheLength: 3, isNumber: kind == .number)
            default:
                break
            }
        }
        append(start, end, kind, abbreviation: abbreviation)
        return end
    }

    /// "l’anno" → "l’" "anno"; "dell’IA" → "dell’" "IA"; "c’è" → "c’" "è". ICU keeps such words
    /// whole because the apostrophe sits between letters. Names (D’Alema) stay whole.
    private mutating func splitElisions(from start: Int, to end: Int) -> Int {
        var start = start
        var position = start
        while position < end {
            // Elided words are short: past this length no split can follow, and stopping here keeps
            // a long run of letters and apostrophes linear.
            if position - start > 24 { break }
            var apostropheLength = 0
            if bytes[position] == UInt8(ascii: "'") {
                apostropheLength = 1
            } else if bytes[position] == 0xE2, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x99 {
                apostropheLength = 3
            }
            guard apostropheLength > 0 else {
                position += 1
                continue
            }
            let after = position + apostropheLength
            let prefix = bytes[start..<position]
            let prefixText = String(decoding: prefix, as: UTF8.self)
            if position > start, after < end,
                !ItalianElision.isNamePrefix(prefix, nextByte: bytes[after]),
                ItalianElision.isElided(prefixText) || isAccentBeforeMissingSpace(prefixText)
            {
                append(start, after, .word)
                start = after
            }
            position = after
        }
        return start
    }

    /// English possessives in names ("Martha's Vineyard", "King's Men") separate as UD does:
    /// the returned offset is where "'s" starts, and it becomes the next token.
    private func possessiveStart(from start: Int, to end: Int) -> Int? {
        guard end - start >= 4 else { return nil }
        if bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if end - start >= 6, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80,
            bytes[end - 2] == 0x99
        {
            return end - 4
        }
        return nil
    }

    /// Short words joined by a slash are one token: "e/o", "km/h", "A/R".
    private func shortSlashCompound(start: Int, end: Int) -> Int? {
        guard end - start <= 3, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/") else { return nil }
        var partEnd = end + 1
        while partEnd < bytes.count, SpecialTokenScanner.isASCIILetter(bytes[partEnd]) { partEnd += 1 }
        let partLength = partEnd - end - 1
        guard partLength >= 1, partLength <= 3 else { return nil }
        if partEnd < bytes.count, SpecialTokenScanner.isASCIIAlphanumeric(bytes[partEnd]) || bytes[partEnd] >= 0xC0 || bytes[partEnd] == UInt8(ascii: "/") {
            return nil
        }
        return partEnd
    }

    /// "servitu'prediali": elided words lose their final vowel, so a longer word ending in a vowel
    /// before an apostrophe is an accent typed as an apostrophe, and a space is missing after it.
    private func isAccentBeforeMissingSpace(_ prefix: String) -> Bool {
        guard prefix.unicodeScalars.count >= 3, let last = prefix.unicodeScalars.last else { return false }
        return "aeiou".unicodeScalars.contains(last) && prefix.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }

    /// Abbreviations from the lexicon ("Dott.", "art.", "S.p.A."), initials ("J. R. R. Tolkien") and
    /// dotted acronyms ("U.S.A.") take their final period.
    private func abbreviationEntry(start: Int, end: Int) -> AbbreviationLexicon.Entry? {
        let form = String(decoding: bytes[start...end], as: UTF8.self)
        if let entry = abbreviations.entry(form) { return entry }
        let length = end - start
        // A single capital letter followed by a period, a space and a capital or a digit: an
        // initial ("J. Smith") or a unit ("L. 10.000", lire).
        if length == 1, bytes[start] >= 0x41, bytes[start] <= 0x5A, end + 2 < bytes.count,
            bytes[end + 1] == 0x20,
            (bytes[end + 2] >= 0x41 && bytes[end + 2] <= 0x5A) || SpecialTokenScanner.isDigit(bytes[end + 2]),
            !followsLetterLabelNoun(letter: start)
        {
            return AbbreviationLexicon.Entry(kind: .title, canEndSentence: false)
        }
        // Dotted letters: every part between periods is one letter (U.S.A, p.es excluded).
        if length >= 3 {
            var previousWasLetter = false
            var dotted = true
            for index in start..<end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    if !previousWasLetter { dotted = false }
                    previousWasLetter = false
                } else if SpecialTokenScanner.isASCIILetter(byte) && !previousWasLetter {
                    previousWasLetter = true
                } else {
                    dotted = false
                }
                if !dotted { break }
            }
            if dotted { return AbbreviationLexicon.Entry(kind: .common, canEndSentence: true) }
        }
        return nil
    }

    /// "la Serie B. Il campionato": a capital letter after a noun that names things by a letter
    /// (serie, girone, piano, vitamina) is a label, so its period is left to end the sentence.
    private func followsLetterLabelNoun(letter: Int) -> Bool {
        guard letter >= 2, bytes[letter - 1] == 0x20 else { return false }
        var wordStart = letter - 1
        // The nouns are short ASCII words; a longer run is no noun of the list.
        while wordStart > 0, letter - 1 - wordStart < 12, SpecialTokenScanner.isASCIILetter(bytes[wordStart - 1]) {
            wordStart -= 1
        }
        guard wordStart < letter - 1 else { return false }
        if wordStart > 0, bytes[wordStart - 1] >= 0x80 || SpecialTokenScanner.isASCIILetter(bytes[wordStart - 1]) {
            return false
        }
        let word = String(decoding: bytes[wordStart..<(letter - 1)], as: UTF8.self).lowercased()
        return abbreviations.isLetterLabelNoun(word)
    }

    /// A word-final apostrophe not followed by a letter: an elided word before a space
    /// ("dell’ Italia"), an accent typed as an apostrophe ("perche'", "po'", "E'"), or minutes
    /// ("35'"). After an opening single quotation mark it is the closing mark instead.
    private mutating func extendApostrophe(start: Int, end: Int, apostropheLength: Int, isNumber: Bool) -> Int {
        let after = end + apostropheLength
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        // An elided word keeps its apostrophe whatever follows: "dell' Italia", "Nell'1"; so do
        // minutes after a number, even with the space missing ("al 35'il pareggio").
        if !isNumber && ItalianElision.isElided(word) { return after }
        if isNumber { return end - start <= 3 ? after : end }
        if after < bytes.count {
            let next = UTF8Scalars.decode(bytes, at: after).value
            if let scalar = Unicode.Scalar(next), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return end
            }
        }
        if openSingleQuote { return end }
        guard let last = word.unicodeScalars.last, "aeiouAEIOU".unicodeScalars.contains(last) else { return end }
        return after
    }

    /// A hyphen after a prefix-like first element keeps the compound whole (stand-by, e-mail,
    /// ex-presidente, anti-mafia, check-up), as the Italian UD treebanks do; between two full
    /// words or names it is a connector and separates (centro-destra, Lenin-Stalin, Roma-Milano),
    /// and so it does between numbers (2-0).
    private func extendHyphenCompound(start: Int, end: Int) -> Int {
        var end = end
        let firstLength = end - start
        let startsLowercase = bytes[start] >= UInt8(ascii: "a") && bytes[start] <= UInt8(ascii: "z")
        // Capitalised pairs separate too (Friuli-Venezia, PPE-DE): the treebanks split most of them.
        guard startsLowercase, firstLength <= 5 else { return end }
        while end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") {
            let next = UTF8Scalars.decode(bytes, at: end + 1).value
            let startsPart = next < 0x80
                ? SpecialTokenScanner.isASCIILetter(UInt8(next))
                    || (SpecialTokenScanner.isDigit(UInt8(next)) && !SpecialTokenScanner.isDigit(bytes[end - 1]))
                : Self.isAlphanumeric(next, allowingDigits: !SpecialTokenScanner.isDigit(bytes[end - 1]))
            guard startsPart else { break }
            var partEnd = end + 1
            while partEnd < bytes.count {
                let byte = bytes[partEnd]
                if byte < 0x80 {
                    guard SpecialTokenScanner.isASCIIAlphanumeric(byte) else { break }
                    partEnd += 1
                    continue
                }
                let (value, length) = UTF8Scalars.decode(bytes, at: partEnd)
                guard Self.isAlphanumeric(value, allowingDigits: true) else { break }
                partEnd += length
            }
            end = partEnd
        }
        return end
    }

    /// Whether a scalar is alphabetic, or numeric when `allowingDigits`, by its Unicode properties.
    private static func isAlphanumeric(_ value: UInt32, allowingDigits: Bool) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || (allowingDigits && scalar.properties.numericType != nil)
    }

    /// "umbrialeft.it", "governo.it": ICU keeps a dotted name whole; a known top-level domain at
    /// its end makes it a web address.
    private func isDomainName(start: Int, end: Int) -> Bool {
        guard end - start > 4 else { return false }
        var lastDot = -1
        for index in start..<end where bytes[index] == UInt8(ascii: ".") { lastDot = index }
        guard lastDot > start else { return false }
        let tld = String(decoding: bytes[(lastDot + 1)..<end], as: UTF8.self)
        return ["it", "com", "org", "net", "eu", "gov", "edu", "info", "io", "uk", "de", "fr", "es", "ch"].contains(tld.lowercased())
    }

    /// "prior... http://t.co/…": a social-media post cut short by its platform glues an ellipsis
    /// to the truncated word and ends with a link; the truncated word keeps its ellipsis.
    private func truncatedBeforeLink(end: Int) -> Int? {
        var position = end
        if position + 2 < bytes.count, bytes[position] == UInt8(ascii: "."), bytes[position + 1] == UInt8(ascii: "."),
            bytes[position + 2] == UInt8(ascii: ".")
        {
            position += 3
        } else if position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80, bytes[position + 2] == 0xA6 {
            position += 3
        } else {
            return nil
        }
        let ellipsisEnd = position
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        guard position > ellipsisEnd, position < bytes.count, SpecialTokenScanner.url(bytes, at: position) != nil else { return nil }
        return ellipsisEnd
    }

    /// Numbers: ICU keeps 1.000,50 and 10.30 whole; the rules add the ordinal indicators (2ª, 3º)
    /// and clock times written with a colon (7:55). The degree sign stays a symbol of its own
    /// (1 °, 20 °C), as in most of the treebanks.
    private func extendNumber(start: Int, end: Int) -> Int {
        var end = end
        if end + 1 < bytes.count, bytes[end] == 0xC2, bytes[end + 1] == 0xBA || bytes[end + 1] == 0xAA {
            return end + 2
        }
        if let date = slashDate(start: start, end: end) { return date }
        if end - start <= 2, end + 2 < bytes.count, bytes[end] == UInt8(ascii: ":"),
            SpecialTokenScanner.isDigit(bytes[end + 1]), SpecialTokenScanner.isDigit(bytes[end + 2]),
            end + 3 >= bytes.count || !SpecialTokenScanner.isASCIIAlphanumeric(bytes[end + 3])
        {
            end += 3
        }
        return end
    }

    /// Dates written with slashes are one token: 13/12/11, 23/4/2012.
    private func slashDate(start: Int, end: Int) -> Int? {
        guard end - start <= 2 else { return nil }
        var position = end
        for (index, maxDigits) in [2, 4].enumerated() {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "/") else { return nil }
            position += 1
            let digitsStart = position
            while position < bytes.count, SpecialTokenScanner.isDigit(bytes[position]) { position += 1 }
            let count = position - digitsStart
            guard count >= 1, count <= maxDigits, index == 0 || count == 2 || count == 4 else { return nil }
        }
        if position < bytes.count, SpecialTokenScanner.isASCIIAlphanumeric(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
            return nil
        }
        return position
    }

    // MARK: - Punctuation, symbols, emoji

    private mutating func nonWord(from start: Int, segmentEnd: Int, lead: UInt8) -> Int {
        var end = max(segmentEnd, start + UTF8Scalars.length(lead: lead))
        end = min(end, bytes.count)
        switch lead {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            // "...", "!!!", "?!" are one token.
            end = start + 1
            while end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "!") || bytes[end] == UInt8(ascii: "?") {
                end += 1
            }
            append(start, end, .punctuation)
            return end
        case UInt8(ascii: "-"):
            end = start + 1
            while end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
            append(start, end, .punctuation)
            return end
        case UInt8(ascii: "'"):
            // Two apostrophes typed as a double quotation mark ('') are one mark.
            if start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "'") {
                append(start, start + 2, .punctuation)
                return start + 2
            }
            trackSingleQuote(at: start, length: 1)
            append(start, start + 1, .punctuation)
            return start + 1
        default:
            break
        }
        let (value, length) = UTF8Scalars.decode(bytes, at: start)
        if value == 0x2018 || value == 0x2019 {
            trackSingleQuote(at: start, length: length)
            append(start, start + length, .punctuation)
            return start + length
        }
        append(start, end, Self.kind(ofScalar: value, segmentLength: end - start))
        return end
    }

    /// An apostrophe or ‘ with a letter right after it and none right before opens a single
    /// quotation; one with a letter before it closes the open one.
    private mutating func trackSingleQuote(at offset: Int, length: Int) {
        let before = SpecialTokenScanner.followsWordCharacter(bytes, at: offset)
        let afterOffset = offset + length
        var letterAfter = false
        if afterOffset < bytes.count, let scalar = Unicode.Scalar(UTF8Scalars.decode(bytes, at: afterOffset).value) {
            letterAfter = scalar.properties.isAlphabetic
        }
        if !before && letterAfter {
            openSingleQuote = true
        } else if before {
            openSingleQuote = false
        }
    }

    static func kind(ofScalar value: UInt32, segmentLength: Int) -> TokenKind {
        if value < 0x80 { return asciiKinds[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        let properties = scalar.properties
        if value >= 0x2190, properties.isEmoji || properties.isEmojiPresentation { return .emoji }
        if (0x1F1E6...0x1F1FF).contains(value) { return .emoji }
        if value > 0xFF, properties.isEmoji, segmentLength > 3 { return .emoji }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        default:
            return .symbol
        }
    }
}
