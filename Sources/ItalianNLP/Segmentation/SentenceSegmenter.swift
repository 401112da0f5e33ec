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

    /// Token index ranges of the sentences, with their paragraph numbers.
    func run(icu: ICUBreakIterator?) -> [(tokens: Range<Int>, paragraph: Int)] {
        guard !tokens.isEmpty else { return [] }
        let blankLinesMarkParagraphs = tokens.contains { $0.newlinesBefore >= 2 }
        var sentences: [(tokens: Range<Int>, paragraph: Int)] = []
        var sentenceStart = 0
        var paragraph = 0
        var icuBoundary = icu?.boundary(after: 0)?.offset ?? Int.max
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
                while icuBoundary <= tokens[index - 1].start, let following = icu?.boundary(after: icuBoundary) {
                    icuBoundary = following.offset
                }
                if icuBoundary <= next.start {
                    breaks = !isVetoed(at: index, sentenceStart: sentenceStart)
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

    /// Whether the Italian rules veto ICU's boundary before token `index`.
    private func isVetoed(at index: Int, sentenceStart: Int) -> Bool {
        // The last token before the boundary, skipping closing quotation marks and brackets.
        var last = index - 1
        while last > sentenceStart, isClosingMark(tokens[last]) { last -= 1 }
        let token = tokens[last]
        if let abbreviation = token.abbreviation, !abbreviation.canEndSentence { return true }
        if token.kind == .punctuation, byte(token.start) == UInt8(ascii: "."), token.end - token.start == 1,
            last >= 1, last - 1 == sentenceStart, tokens[last - 1].kind == .number,
            tokens[last - 1].end - tokens[last - 1].start <= 3, tokens[last - 1].end == token.start
        {
            return true  // "1. Primo punto"
        }
        if token.kind == .punctuation, byte(token.start) == UInt8(ascii: "?") || byte(token.start) == UInt8(ascii: "!") {
            return startsLowercase(tokens[index])
        }
        return false
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
        guard token.kind == .word, let scalar = Unicode.Scalar(UTF8Scalars.decode(bytes, at: token.start).value) else {
            return false
        }
        return scalar.properties.isLowercase
    }

    private func byte(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
}
