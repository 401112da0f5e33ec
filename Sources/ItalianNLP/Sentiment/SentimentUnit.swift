/// One item the sentiment rules look at: a syntactic word (the tokenizer's multiword tokens are
/// expanded, so "dei" is "di" + "i" and "portarlo" is "portar" + "lo"), a part of a hashtag, an
/// emoticon or emoji, or a punctuation mark.
struct SentimentUnit: Sendable {
    enum Kind: Sendable, Hashable {
        case word
        case symbol
        case punctuation
        case other
    }

    /// How a word is capitalised.
    enum Case: Sendable, Hashable {
        /// Lower case, or no letters.
        case lower
        /// An upper-case first letter, then some lower case: "Monti".
        case title
        /// Two letters or more and no lower case: "NON", "BELLO".
        case allCaps
        /// Anything else: one capital letter ("È"), mixed ("iPhone").
        case other
    }

    let kind: Kind
    /// The lower-case matching form.
    let form: String
    /// The text as written (for a hashtag part, the part; for a word of a multiword token, the word).
    let text: String
    /// The index of the token in the tokens scored (its sentence, or the run of a claim's
    /// tokens, whose indices are those of its sentence).
    let tokenIndex: Int
    /// Whether the unit comes from splitting a hashtag.
    let fromHashtag: Bool
    /// How the text is capitalised.
    let letterCase: Case
    /// Whether the unit ends a clause for the scope of negation and of the contrast rules.
    let isClauseBoundary: Bool
    /// What the rules ask about the form (its lexicon entry, its word classes), looked up once.
    let facts: SentimentWordTable.Facts
    /// The built-in frame lexicon's list of the terms that may start at the form
    /// (`FrameLexicon.candidateList(forForm:)` of `FrameLexicon.default`), looked up with the
    /// token's other answers and remembered with them (`SentimentFactsCache.entry(ofToken:words:)`):
    /// −1 when there is none, −2 when it was not looked up (the matcher then probes the lexicon).
    let frameList: Int32

    init(kind: Kind, form: String, text: String, tokenIndex: Int, fromHashtag: Bool, words: SentimentWordTable) {
        self.init(kind: kind, form: form, text: text, tokenIndex: tokenIndex, fromHashtag: fromHashtag, facts: words.facts(form))
    }

    /// A unit whose facts the caller looked up (through the thread's `SentimentFactsCache`).
    init(kind: Kind, form: String, text: String, tokenIndex: Int, fromHashtag: Bool, facts: SentimentWordTable.Facts) {
        self.kind = kind
        self.form = form
        self.text = text
        self.tokenIndex = tokenIndex
        self.fromHashtag = fromHashtag
        letterCase = kind == .word ? Self.letterCase(of: text) : .lower
        isClauseBoundary = kind == .punctuation && Self.isClausePunctuation(form.unicodeScalars.first ?? " ")
        self.facts = facts
        frameList = -2
    }

    /// A unit whose facts, letter case and clause boundary the caller worked out (through the
    /// thread's `SentimentFactsCache`), with the same answers the other initialisers give.
    init(
        kind: Kind, form: String, text: String, tokenIndex: Int, fromHashtag: Bool, letterCase: Case, isClauseBoundary: Bool,
        facts: SentimentWordTable.Facts, frameList: Int32 = -2
    ) {
        self.kind = kind
        self.form = form
        self.text = text
        self.tokenIndex = tokenIndex
        self.fromHashtag = fromHashtag
        self.letterCase = letterCase
        self.isClauseBoundary = isClauseBoundary
        self.facts = facts
        self.frameList = frameList
    }

    /// Whether the unit's form is of any of `classes`.
    func isIn(_ classes: SentimentWordClasses) -> Bool {
        !facts.classes.isDisjoint(with: classes)
    }

    /// Whether the word is written in capitals (two letters or more, no lower-case letter).
    var isAllCaps: Bool { letterCase == .allCaps }

    /// Whether the unit's text holds a question mark ("?", "?!", "???"). Compared character by
    /// character, as `text.contains("?")` does, without the generic substring search behind it
    /// (thousands of instructions for a one-character needle, asked of every sentence's last unit).
    /// The bytes are looked at first (a "?" Character is the one scalar U+003F, so its byte is
    /// there): most units have none, and the Character search walks the grapheme breaks.
    var hasQuestionMark: Bool { text.utf8.contains(0x3F) && text.contains("?" as Character) }

    static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?", "…", "(", ")", "—", "–", "\""]

    /// Whether a scalar is one of `clausePunctuation` (a switch: no hashing per unit).
    static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "!", "?", "…", "(", ")", "—", "–", "\"": return true
        default: return false
        }
    }

    /// The capitalisation of a word, with a fast path for ASCII.
    static func letterCase(of text: String) -> Case {
        // The bytes in one buffer: iterating `utf8` of a String byte by byte costs several times more.
        let ascii: Case?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Case? in
            var upper = 0
            var lower = 0
            var firstUpper = false
            var first = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A {
                    upper += 1
                    if first { firstUpper = true }
                } else if byte >= 0x61 && byte <= 0x7A {
                    lower += 1
                }
                first = false
            }
            return classify(upper: upper, lower: lower, firstUpper: firstUpper)
        }
        // Not ASCII, or no contiguous bytes: the general reading (the same answer for ASCII).
        if case .some(.some(let letterCase)) = ascii { return letterCase }
        return unicodeLetterCase(of: text)
    }

    private static func unicodeLetterCase(of text: String) -> Case {
        var upper = 0
        var lower = 0
        var firstUpper = false
        var first = true
        for scalar in text.unicodeScalars {
            // ASCII letters by range (exactly their Uppercase and Lowercase properties): most
            // scalars of an accented Italian word need no property lookup.
            if scalar.isASCII {
                if scalar.value >= 0x41 && scalar.value <= 0x5A {
                    upper += 1
                    if first { firstUpper = true }
                } else if scalar.value >= 0x61 && scalar.value <= 0x7A {
                    lower += 1
                }
            } else if scalar.properties.isUppercase {
                upper += 1
                if first { firstUpper = true }
            } else if scalar.properties.isLowercase {
                lower += 1
            }
            first = false
        }
        return classify(upper: upper, lower: lower, firstUpper: firstUpper)
    }

    private static func classify(upper: Int, lower: Int, firstUpper: Bool) -> Case {
        if upper == 0 { return .lower }
        if lower == 0 { return upper >= 2 ? .allCaps : .other }
        return firstUpper && upper == 1 ? .title : .other
    }
}

extension SentimentUnit {
    /// The units of a sentence's tokens.
    static func units(of tokens: [Token], hashtags: HashtagWords, words: SentimentWordTable) -> [SentimentUnit] {
        var units: [SentimentUnit] = []
        replaceUnits(in: &units, of: tokens, hashtags: hashtags, words: words)
        return units
    }

    /// Makes `units` the units of a sentence's tokens, in the array's own storage (the caller
    /// reuses one array from sentence to sentence): each unit is written over the one before it,
    /// the array grows when the sentence is longer and loses its tail when it is shorter.
    /// Generic so that a whole sentence's array is read as an array, a claim's run as a slice.
    /// Returns the union of the units' word classes (`SentenceClassSummary.wordClasses`).
    @discardableResult
    static func replaceUnits<Tokens: RandomAccessCollection<Token>>(
        in units: inout [SentimentUnit], of tokens: Tokens, hashtags: HashtagWords, words: SentimentWordTable
    ) -> SentimentWordClasses where Tokens.Index == Int {
        // The tokens in place, in their buffer (an array's or a slice's: every collection the
        // scorer is given has one), so that each token's forms object is read without a retain
        // and a release (see `TokenFormsAccess`); any other collection is copied first.
        if let classes = tokens.withContiguousStorageIfAvailable({ buffer in
            replaceUnits(in: &units, of: buffer, firstIndex: tokens.startIndex, hashtags: hashtags, words: words)
        }) {
            return classes
        }
        return Array(tokens).withUnsafeBufferPointer { buffer in
            replaceUnits(in: &units, of: buffer, firstIndex: tokens.startIndex, hashtags: hashtags, words: words)
        }
    }

    /// `replaceUnits(in:of:hashtags:words:)` of the tokens in `buffer`, the first of which has
    /// index `firstIndex` (the units' `tokenIndex` are indices of the caller's collection).
    private static func replaceUnits(
        in units: inout [SentimentUnit], of tokens: UnsafeBufferPointer<Token>, firstIndex: Int, hashtags: HashtagWords,
        words: SentimentWordTable
    ) -> SentimentWordClasses {
        units.reserveCapacity(tokens.count + 4)
        var written = 0
        var classes: SentimentWordClasses = []
        // The facts of each form come through the thread's small cache (see `SentimentFactsCache`),
        // and with them the form's letter case: a word written as its matching form ("di",
        // "governo") has the form's case, so only the others ("Roma", "NON") are scanned.
        let cache = SentimentFactsCache.take()
        defer { SentimentFactsCache.give(cache) }
        @inline(__always) func store(_ unit: SentimentUnit, classes unitClasses: SentimentWordClasses) {
            classes.formUnion(unitClasses)
            if written < units.count { units[written] = unit } else { units.append(unit) }
            written += 1
        }
        @inline(__always) func append(_ kind: Kind, form: String, text: String, tokenIndex: Int, fromHashtag: Bool) {
            let entry = cache.entry(form, words: words)
            let letterCase: Case = kind != .word ? .lower : isIdentical(text, form) ? entry.letterCase : Self.letterCase(of: text)
            let unit = SentimentUnit(
                kind: kind, form: form, text: text, tokenIndex: tokenIndex, fromHashtag: fromHashtag, letterCase: letterCase,
                isClauseBoundary: kind == .punctuation && entry.opensWithClausePunctuation, facts: entry.facts)
            store(unit, classes: entry.facts.classes)
        }
        // By index, not `enumerated()`: a Token is large, and copying each one costs more than
        // reading it. Each token's forms object is read unretained (lent by `access`, the tokens
        // keeping it alive: `_withUnsafeGuaranteedRef` reads it with no retain and no release),
        // and the objects of the tokens ahead are prefetched.
        let access = TokenFormsAccess(tokens)
        for position in 0..<tokens.count {
            let forms: Unmanaged<TokenForms>
            if let access {
                access.prefetchForms(of: position + TokenFormsAccess.prefetchDistance)
                forms = access.forms(of: position)
            } else {
                forms = .passUnretained(tokens[position].forms)
            }
            let index = firstIndex + position
            let kind: Kind
            switch tokens[position].kind {
            case .word:
                guard !Self.hasExpansion(forms) else {
                    for word in Self.expansion(of: forms) {
                        append(.word, form: cache.matchingForm(word), text: word, tokenIndex: index, fromHashtag: false)
                    }
                    continue
                }
                kind = .word
            case .hashtag:
                for part in hashtags.words(of: Self.surface(of: forms)) {
                    append(.word, form: cache.matchingForm(part), text: part, tokenIndex: index, fromHashtag: true)
                }
                continue
            case .emoji, .emoticon:
                let surface = Self.surface(of: forms)
                append(.symbol, form: surface, text: surface, tokenIndex: index, fromHashtag: false)
                continue
            case .punctuation:
                kind = .punctuation
            default:
                kind = .other
            }
            let unit = Self.tokenUnit(kind, forms: forms, tokenIndex: index, cache: cache, words: words)
            store(unit, classes: unit.facts.classes)
        }
        if written < units.count { units.removeLast(units.count - written) }
        return classes
    }

    // The reads of a token's unretained forms object (see `replaceUnits(in:of:firstIndex:hashtags:words:)`),
    // each in a function of its own: a `_withUnsafeGuaranteedRef` closure written in the loop,
    // among local functions that change the loop's variables, made the compiler check every
    // access to those variables at run time.

    /// The unit of a token that is one unit of its matching form (a word without expansion, a
    /// punctuation mark, a number…): its entry, with the letter case of a word, comes remembered
    /// on its forms object (`SentimentFactsCache.entry(ofToken:words:)`).
    @inline(__always)
    private static func tokenUnit(
        _ kind: Kind, forms: Unmanaged<TokenForms>, tokenIndex: Int, cache: SentimentFactsCache, words: SentimentWordTable
    ) -> SentimentUnit {
        let entry = forms._withUnsafeGuaranteedRef { cache.entry(ofToken: $0, words: words) }
        return SentimentUnit(
            kind: kind, form: forms._withUnsafeGuaranteedRef { $0.normalized }, text: forms._withUnsafeGuaranteedRef { $0.surface },
            tokenIndex: tokenIndex, fromHashtag: false, letterCase: kind == .word ? entry.letterCase : .lower,
            isClauseBoundary: kind == .punctuation && entry.opensWithClausePunctuation, facts: entry.facts,
            frameList: entry.frameList)
    }

    @inline(__always)
    private static func hasExpansion(_ forms: Unmanaged<TokenForms>) -> Bool {
        forms._withUnsafeGuaranteedRef { !$0.expansion.isEmpty }
    }

    @inline(__always)
    private static func expansion(of forms: Unmanaged<TokenForms>) -> [String] {
        forms._withUnsafeGuaranteedRef { $0.expansion }
    }

    @inline(__always)
    private static func surface(of forms: Unmanaged<TokenForms>) -> String {
        forms._withUnsafeGuaranteedRef { $0.surface }
    }

    /// Whether two strings are the very same value: the same bytes held inline (a small string)
    /// or the same storage. `==` compares under canonical equivalence, which calls strings with
    /// different scalars equal (and letter case counts scalars); this compares the two words of
    /// the values, as `==` does first. On a platform where a String is not two words, it answers
    /// false, and the caller does the full work.
    @inline(__always)
    static func isIdentical(_ first: String, _ second: String) -> Bool {
        StringIdentity.isIdentical(first, second)
    }
}
