/// Groups tokens into sentences: ICU sentence break (locale `it@ss=standard`) decides, and the
/// Italian rules below veto or add boundaries where it is wrong.
///
/// - Abbreviations that never end a sentence (Dott., Prof., art., n., pag.) and initials hold
///   the sentence together; those that may end one (ecc., S.p.A.) leave the decision to ICU.
/// - A numbered-list marker ("1. Primo punto") and legal references ("art. 12, n. 3") do not break.
/// - "?" or "!" followed by a lower-case word does not break («Davvero?» chiese lui).
/// - A blank line always breaks, and starts a new paragraph. A single line break breaks too
///   (news text puts headings and paragraphs on their own lines), unless the next line starts
///   with a lower-case letter after a line without final punctuation (hard-wrapped text).
struct SentenceSegmenter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [RawToken]
    /// Whether ICU looks only at a short window around each sentence terminal (see
    /// `isICUBoundaryInWindow`) instead of reading the whole text; off only in the test that
    /// checks both ways agree.
    var usesWindows = true

    /// Token index ranges of the sentences, with their paragraph numbers.
    func run(icu: ICUBreakIterator?) -> [(tokens: Range<Int>, paragraph: Int)] {
        guard !tokens.isEmpty else { return [] }
        let blankLinesMarkParagraphs = tokens.contains { $0.newlinesBefore >= 2 }
        var sentences: [(tokens: Range<Int>, paragraph: Int)] = []
        var sentenceStart = 0
        var paragraph = 0
        var icuBoundary = 0
        for index in 1..<tokens.count {
            let next = tokens[index]
            var breaks = false
            var newParagraph = false
            if next.newlinesBefore >= 2 {
                breaks = true
                newParagraph = true
            } else if next.newlinesBefore == 1 {
                breaks = !isContinuationLine(at: index)
                newParagraph = breaks && !blankLinesMarkParagraphs
            } else {
                // ICU breaks only after sentence-final punctuation (its STerm and ATerm classes, with
                // closing marks after them), so it is consulted only there. Its boundaries are read
                // in order (random access with isBoundary backs up to a safe point each time, which
                // is quadratic on a long paragraph).
                if followsSentenceTerminal(index, sentenceStart: sentenceStart),
                    (usesWindows
                        ? isICUBoundaryInWindow(before: index, sentenceStart: sentenceStart, icu: icu)
                        : isICUBoundary(at: next.start, after: tokens[index - 1].start, icu: icu, cursor: &icuBoundary))
                        || isHeldOnlyBySuppressionTail(before: index, sentenceStart: sentenceStart)
                {
                    breaks = !isVetoed(at: index, sentenceStart: sentenceStart)
                } else {
                    breaks = isAddedBoundary(at: index)
                }
            }
            if breaks {
                sentences.append((sentenceStart..<index, paragraph))
                sentenceStart = index
                if newParagraph { paragraph += 1 }
            }
        }
        sentences.append((sentenceStart..<tokens.count, paragraph))
        return sentences
    }

    /// Whether ICU has a boundary between `previousStart` and `offset`, reading its boundaries
    /// forward from `cursor` (linear over the whole text). Without ICU every terminal breaks.
    private func isICUBoundary(at offset: Int, after previousStart: Int, icu: ICUBreakIterator?, cursor: inout Int) -> Bool {
        guard let icu else { return true }
        while cursor <= previousStart {
            guard let following = icu.boundary(after: cursor) else {
                cursor = Int.max
                break
            }
            cursor = following.offset
        }
        return cursor <= offset
    }

    /// Whether ICU breaks before token `index`, asked of a short window of text around the
    /// terminal before it: from the start of the third token back to the end of the first word
    /// after it.
    ///
    /// ICU's sentence rules decide at a terminal from the character before it (SB7), the word
    /// before it (the `ss=standard` suppressions: "Sig.") and what follows up to the next letter
    /// (SB8, SB8a), all inside the window. Reading the whole text instead costs more than the
    /// rest of tokenisation together; terminals are a few per sentence, and windows do not grow
    /// with the text, so the cost stays linear.
    private func isICUBoundaryInWindow(before index: Int, sentenceStart: Int, icu: ICUBreakIterator?) -> Bool {
        guard let icu else { return true }
        // An abbreviation that never ends a sentence is vetoed whatever ICU says (and without an ICU
        // boundary no rule adds one after it).
        if let abbreviation = tokens[lastBeforeClosingMarks(index, sentenceStart: sentenceStart)].abbreviation,
            !abbreviation.canEndSentence
        {
            return true
        }
        if closesRightAfterTerminal(index) { return false }
        if let end = commonSentenceEnd(before: index) {
            return Self.breaksAfterEnd.value(for: end.text) {
                Self.icuBreaks(in: $0, endingLength: end.ending, askingAfter: end.lastTokenOffset, icu: icu)
            }
        }
        let windowStart = tokens[max(0, index - 3)].start
        let target = tokens[index].start
        // Up to the end of the first word at or after the boundary (SB8 looks for a lower-case
        // letter past closing marks and spaces), at most 64 bytes on.
        var last = index
        while last + 1 < tokens.count, tokens[last].kind != .word, tokens[last + 1].start < target + 64 { last += 1 }
        let windowEnd = min(bytes.count, max(tokens[index].end, min(tokens[last].end, target + 64)))
        guard windowStart < target,
            icu.setText(UnsafeBufferPointer(rebasing: bytes[windowStart..<windowEnd]))
        else { return true }
        guard let boundary = icu.boundary(after: tokens[index - 1].start - windowStart) else { return true }
        return boundary.offset + windowStart <= target
    }

    /// ICU's answer for the commonest shapes, remembered per ending: see `commonSentenceEnd`.
    private static let breaksAfterEnd = FormMemo<Bool>(shardCount: 8, slotsPerShard: 512)

    /// Whether token `index` is a closing mark glued to the terminal before it, directly or after
    /// other closing marks ("vero?»", "Basta.»”"): ICU never breaks there (SB9: a terminal and its
    /// closing marks stay together).
    private func closesRightAfterTerminal(_ index: Int) -> Bool {
        var current = index
        while current > max(0, index - 4) {
            let token = tokens[current]
            let previous = tokens[current - 1]
            guard isClosingMark(token), token.start == previous.end else { return false }
            if previous.end == previous.start + 1 {
                switch bytes[previous.start] {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
                default: break
                }
            }
            current -= 1
        }
        return false
    }

    /// The ending ("anni.", "vero?»", "2024.", "».") with what opens the next sentence (nothing,
    /// or an opening mark such as "«"), the ending's length and the offset of its last token,
    /// when the text before token `index` is one of the commonest sentence ends: a run of Latin
    /// letters or digits or a closing mark, one of . ! ?, at most three closing marks, all
    /// adjacent; then one space, and an ASCII capital, directly or after an opening « “ " ‘ (.
    ///
    /// ICU's answer there depends on these characters alone: the sentence rules break before the
    /// capital (SB11; SB7, SB8 and SB8a need a letter right after the terminal, a lower-case
    /// letter or a continuation mark), and the `ss=standard` suppressions ("Sig.", "dott.", "p.")
    /// are matched backwards from one character before the boundary over letters and periods only,
    /// so they stop before the ending when the character before it is not a letter, digit or
    /// period (or when the ending starts with a closing mark). The answer is asked of ICU once per
    /// ending and remembered.
    private func commonSentenceEnd(before index: Int) -> (text: String, ending: Int, lastTokenOffset: Int)? {
        let next = tokens[index]
        let last = tokens[index - 1]
        // Exactly one space: ICU looks for the suppressions from one character before the boundary.
        guard next.start == last.end + 1, next.start < bytes.count, bytes[last.end] == 0x20 else { return nil }
        var opensAt = next.start
        var capitalAt = next.start
        if isOpeningMark(next), index + 1 < tokens.count, tokens[index + 1].start == next.end {
            capitalAt = next.end
        }
        guard capitalAt < bytes.count, bytes[capitalAt] >= 0x41, bytes[capitalAt] <= 0x5A else { return nil }
        opensAt = capitalAt
        var terminalIndex = index - 1
        while terminalIndex > max(0, index - 4), isClosingMark(tokens[terminalIndex]),
            tokens[terminalIndex].start == tokens[terminalIndex - 1].end
        {
            terminalIndex -= 1
        }
        guard terminalIndex >= 1 else { return nil }
        let terminal = tokens[terminalIndex]
        let word = tokens[terminalIndex - 1]
        guard terminal.end == terminal.start + 1, word.end == terminal.start, word.abbreviation == nil,
            word.end - word.start <= 24
        else { return nil }
        switch bytes[terminal.start] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): break
        default: return nil
        }
        guard isClosingMark(word) || (isPlainRun(word) && startsAfterSeparator(word)) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<opensAt]), as: UTF8.self)
        return (text, last.end - word.start, last.start - word.start)
    }

    /// Whether a token is one of the opening marks « “ " ‘ ( that may stand before a sentence's first word.
    private func isOpeningMark(_ token: RawToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        let value = UTF8Scalars.decode(bytes, at: token.start).value
        return value == 0xAB || value == 0x201C || value == 0x22 || value == 0x2018 || value == 0x28
    }

    /// Whether a token is a word of Latin letters only or a number of ASCII digits only.
    private func isPlainRun(_ token: RawToken) -> Bool {
        var offset = token.start
        if token.kind == .number {
            while offset < token.end, SpecialTokenScanner.isDigit(bytes[offset]) { offset += 1 }
            return offset == token.end
        }
        guard token.kind == .word else { return false }
        while offset < token.end {
            let length = PlainWordBoundary.latinLetterLength(bytes, at: offset)
            guard length > 0 else { return false }
            offset += length
        }
        return true
    }

    /// Whether the token starts the text or follows a character that no suppression can hold:
    /// ASCII other than a letter, digit or period, or an opening « or “.
    private func startsAfterSeparator(_ token: RawToken) -> Bool {
        let start = token.start
        guard start > 0 else { return true }
        let before = bytes[start - 1]
        if before < 0x80 { return !SpecialTokenScanner.isASCIIAlphanumeric(before) && before != UInt8(ascii: ".") }
        if start >= 2, bytes[start - 2] == 0xC2, before == 0xAB { return true }
        if start >= 3, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x80, before == 0x9C { return true }
        return false
    }

    /// Whether ICU breaks in " \(text)A" after the ending (the first `endingLength` bytes of
    /// `text`, then a space), asked after the ending's last token (at `lastTokenOffset` in it) as
    /// `isICUBoundaryInWindow` asks.
    private static func icuBreaks(in text: String, endingLength: Int, askingAfter lastTokenOffset: Int, icu: ICUBreakIterator) -> Bool {
        let bytes = Array((" " + text + "A").utf8)
        let sentenceStart = 1 + endingLength + 1
        return bytes.withUnsafeBufferPointer { buffer in
            guard icu.setText(buffer), let boundary = icu.boundary(after: 1 + lastTokenOffset) else { return true }
            return boundary.offset <= sentenceStart
        }
    }

    /// The last token before `index` once closing quotation marks and brackets are skipped, as
    /// the veto sees it (at most a few: a run of thousands must not make this quadratic).
    private func lastBeforeClosingMarks(_ index: Int, sentenceStart: Int) -> Int {
        var last = index - 1
        while last > max(sentenceStart, index - 8), isClosingMark(tokens[last]) { last -= 1 }
        return last
    }

    /// Whether the token before `index` (closing marks skipped) ends in . ! ? or … — the only
    /// places where ICU's sentence rules (outside line breaks, handled here) can break.
    private func followsSentenceTerminal(_ index: Int, sentenceStart: Int) -> Bool {
        // Most tokens end in a letter or digit: no terminal, and no closing mark to skip.
        let previous = tokens[index - 1]
        if previous.end > previous.start, SpecialTokenScanner.isASCIIAlphanumeric(bytes[previous.end - 1]) { return false }
        let token = tokens[lastBeforeClosingMarks(index, sentenceStart: sentenceStart)]
        guard token.end > token.start else { return false }
        let final = UTF8Scalars.decode(bytes, before: token.end).value
        switch final {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F:
            return true
        default:
            return false
        }
    }

    /// Whether ICU held the boundary before token `index` only because a word ends in one of its
    /// suppressions: the full stop closes a word that is not itself a suppression but whose tail
    /// is ("Macron." ends in "on.", "Hannover." in "ver.", "flag." in "ag."), and a capital opens
    /// the next sentence, where ICU's own rules always break (SB11). ICU matches its suppressions
    /// backwards without looking for the word's start (see `ICUSentenceSuppressions`); a
    /// suppression that is the whole word ("l'on. Rossi", "div.") still holds, and so do the
    /// tokenizer's own abbreviations (`isVetoed`).
    private func isHeldOnlyBySuppressionTail(before index: Int, sentenceStart: Int) -> Bool {
        let terminalIndex = lastBeforeClosingMarks(index, sentenceStart: sentenceStart)
        guard terminalIndex >= 1 else { return false }
        let terminal = tokens[terminalIndex]
        let word = tokens[terminalIndex - 1]
        guard terminal.end == terminal.start + 1, bytes[terminal.start] == UInt8(ascii: "."),
            word.kind == .word, word.abbreviation == nil, word.end == terminal.start, word.end - word.start <= 64
        else { return false }
        var opening = index
        if isOpeningMark(tokens[opening]), opening + 1 < tokens.count, tokens[opening + 1].start == tokens[opening].end {
            opening += 1
        }
        guard let first = Unicode.Scalar(UTF8Scalars.decode(bytes, at: tokens[opening].start).value),
            first.properties.isUppercase
        else { return false }
        let suppressions = ICUSentenceSuppressions.italian
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<terminal.end]), as: UTF8.self)
        guard !suppressions.contains(written) else { return false }
        // Every proper tail that starts after a letter of the word.
        var tail = written.unicodeScalars.dropFirst()
        while tail.count > 1 {
            if suppressions.contains(String(tail)) { return true }
            tail = tail.dropFirst()
        }
        return false
    }

    /// Whether the Italian rules veto ICU's boundary before token `index`.
    private func isVetoed(at index: Int, sentenceStart: Int) -> Bool {
        let last = lastBeforeClosingMarks(index, sentenceStart: sentenceStart)
        let token = tokens[last]
        if let abbreviation = token.abbreviation, !abbreviation.canEndSentence { return true }
        if token.kind == .punctuation, byte(token.start) == UInt8(ascii: "."), token.end - token.start == 1,
            last >= 1, tokens[last - 1].kind == .number, tokens[last - 1].end - tokens[last - 1].start <= 4,
            tokens[last - 1].end == token.start, isListPosition(last - 1, sentenceStart: sentenceStart)
        {
            return true  // "1. Primo punto", "… mescolata; 947. Mutamenti"
        }
        if token.kind == .punctuation, byte(token.start) == UInt8(ascii: "?") || byte(token.start) == UInt8(ascii: "!") {
            return startsLowercase(tokens[index])
        }
        // An unknown abbreviation: a period right after a lower-case word ending in a consonant,
        // before a number or a lower-case word ("att. 157", "distr. da"). Capitalised words ending
        // in a consonant are names ("…con John Fletcher. mamma infelice").
        if token.kind == .punctuation, byte(token.start) == UInt8(ascii: "."), token.end - token.start == 1,
            last >= 1, tokens[last - 1].end == token.start, looksLikeUnknownAbbreviation(tokens[last - 1]),
            startsLowercase(tokens[index]) || tokens[index].kind == .number
        {
            return true
        }
        return false
    }

    /// Italian words end in a vowel: a lower-case word ending in a consonant right before a
    /// period is most likely an abbreviation the lexicon lacks ("distr.", "att."); a capitalised
    /// one is a name ("Fletcher.").
    private func looksLikeUnknownAbbreviation(_ token: RawToken) -> Bool {
        token.kind == .word && startsLowercase(token) && !endsWithVowel(token)
    }

    private func endsWithVowel(_ token: RawToken) -> Bool {
        guard let scalar = Unicode.Scalar(UTF8Scalars.decode(bytes, before: token.end).value) else { return false }
        return "aeiouàèéìíòóùAEIOUÀÈÉÌÒÙ".unicodeScalars.contains(scalar)
    }

    /// Boundaries ICU does not see: a full stop before a lower-case word (a sentence that starts
    /// lower-case, common in fast-written text: abbreviations are already single tokens, so the
    /// period here is a real full stop), and a colon or semicolon before a new clause.
    private func isAddedBoundary(at index: Int) -> Bool {
        let token = tokens[index - 1]
        guard token.kind == .punctuation, token.end - token.start == 1, token.abbreviation == nil,
            tokens[index].kind == .word
        else { return false }
        if bytes[token.start] == UInt8(ascii: ".") {
            guard startsLowercase(tokens[index]) else { return false }
            guard index >= 2, tokens[index - 2].end == token.start else { return true }
            return !looksLikeUnknownAbbreviation(tokens[index - 2])
        }
        if bytes[token.start] == UInt8(ascii: ":") || bytes[token.start] == UInt8(ascii: ";") {
            // The Italian UD treebanks end a sentence at a colon or semicolon that is followed by a
            // new clause ("…è chiarissimo: Nelle ultime settimane…", "…verificato; altrimenti…").
            // A quotation after a colon stays in its sentence ("Salvini: «Basta»", not a word
            // token, so it never reaches here). After a semicolon, a capitalised word that is not
            // a function word is a name in a list ("azioni 300; Ilva, azioni 100").
            guard let scalar = Unicode.Scalar(UTF8Scalars.decode(bytes, at: tokens[index].start).value) else { return false }
            if bytes[token.start] == UInt8(ascii: ";") && scalar.properties.isUppercase {
                let word = String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
                return Self.sentenceOpeners.contains(word)
            }
            return true
        }
        return false
    }

    /// Capitalised Italian function words that open sentences but never start names.
    static let sentenceOpeners: Set<String> = [
        "Il", "Lo", "La", "I", "Gli", "Le", "L'", "L’", "Un", "Uno", "Una", "Un'", "Un’", "Ogni", "Ciascun", "Ciascuno",
        "Nessun", "Nessuno", "Questo", "Questa", "Questi", "Queste", "Quel", "Quello", "Quella", "Quelli", "Quelle",
        "Mentre", "Ma", "E", "Ed", "O", "Se", "Quando", "Poiché", "Perché", "Però", "Tuttavia", "Inoltre", "Infatti",
        "Anche", "Anzi", "Allora", "Dopo", "Prima", "Per", "In", "Con", "Su", "Da", "Di", "A", "Tra", "Fra",
        "Nel", "Nella", "Nei", "Negli", "Nelle", "Del", "Della", "Dei", "Degli", "Delle", "Al", "Alla", "Ai", "Agli",
        "Alle", "Dal", "Dalla", "Dai", "Dagli", "Dalle", "Sul", "Sulla", "Sui", "Sugli", "Sulle", "Non", "Ci", "Si",
        "Vi", "Ne", "Io", "Tu", "Lui", "Lei", "Noi", "Voi", "Loro", "Chi", "Che", "Come", "Dove", "Così", "Qui",
        "Già", "Ora", "Oggi", "Ieri", "Domani", "Poi", "Sono", "È", "Era", "Ha", "Hanno", "Sia", "Tutti", "Tutto",
        "Tutte", "Tutta", "Molti", "Molte", "Alcuni", "Alcune", "Altri", "Altre",
    ]

    /// A number at the start of a sentence, or after a semicolon or colon, is a list or article
    /// marker.
    private func isListPosition(_ index: Int, sentenceStart: Int) -> Bool {
        if index == sentenceStart { return true }
        let previous = tokens[index - 1]
        guard previous.kind == .punctuation else { return false }
        let lead = byte(previous.start)
        return lead == UInt8(ascii: ";") || lead == UInt8(ascii: ":")
    }

    /// A line that continues the previous one: it starts lower-case and the previous line did not
    /// end with final punctuation.
    private func isContinuationLine(at index: Int) -> Bool {
        guard startsLowercase(tokens[index]) else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .punctuation {
            let lead = byte(previous.start)
            if lead == UInt8(ascii: ".") || lead == UInt8(ascii: "!") || lead == UInt8(ascii: "?") || lead == UInt8(ascii: ":") {
                return false
            }
        }
        return true
    }

    private func isClosingMark(_ token: RawToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        let value = UTF8Scalars.decode(bytes, at: token.start).value
        return value == 0xBB || value == 0x201D || value == 0x2019 || value == 0x22 || value == 0x29 || value == 0x5D
            || value == 0x203A || value == 0x27
    }

    private func startsLowercase(_ token: RawToken) -> Bool {
        guard token.kind == .word else { return false }
        // An ASCII letter answers without the Unicode property lookup (most words start with one).
        let lead = bytes[token.start]
        if lead < 0x80 { return lead >= UInt8(ascii: "a") && lead <= UInt8(ascii: "z") }
        guard let scalar = Unicode.Scalar(UTF8Scalars.decode(bytes, at: token.start).value) else { return false }
        return scalar.properties.isLowercase
    }

    private func byte(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
}
