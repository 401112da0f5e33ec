/// The spelled-out-acronym rule: an acronym names the body whose full name the document spells out
/// somewhere, before or after it, even where the mention finder cut that name short or never saw
/// it as one.
///
/// - In brackets after the name: "l'Istituto nazionale di geofisica e vulcanologia (Ingv)", "dai
///   carabinieri del Comando unità forestali, ambientali e agroalimentari (Cufaa)", "l'Ispettorato
///   centrale della tutela della qualità e della repressione frodi dei prodotti agroalimentari
///   (Icqrf)". The name runs from the nearest capitalised word that opens a sequence whose words'
///   initials hold the acronym's letters in order (a word may give none: "tutela"; the last may
///   give more than its first letter: "Istituto nazionale di statistica (Istat)") to the bracket.
/// - Without brackets, where the initials of the content words spell the acronym exactly, the
///   particles (di, della, e, per …) giving theirs or not, the words of a hyphenated compound one
///   each, and the last word perhaps two or three letters: "la Federazione lavoratori chimica e
///   occhialeria … la Flco", "l'Agenzia italiana del farmaco … l'Aifa", "Trasporto passeggeri
///   Emilia-Romagna … Tper", "l'Autorità di sistema portuale … l'Adsp"; "l'Enac … l'Ente nazionale
///   per l'aviazione civile" the other way round. A complement of place or body right after the
///   spelled words stays in the name ("… della Lombardia", "… della Cisl").
///
/// The acronym is then another name of that body (``EntityRegistry/register(_:asAliasOf:)``), whose
/// canonical name is the fullest form the document gives. Without it the source was the acronym
/// ("Ingv", "Tper") or a name cut short. (``EntityRegistry``'s own initials rule, which compares an
/// acronym with the names of the entities met lately, keeps the cases it already answered.)
extension AttributionContext {
    /// The lengths of an acronym this rule spells out (two-letter ones, "Pd", match too much).
    static let spelledAcronymLengths = 3...6

    /// How far, in tokens, the full name may stand from an unbracketed acronym (a long document
    /// stays linear: only the capitalised words of that window are tried).
    static let spelledAcronymWindow = 2_000

    /// How many capitalised words, nearest first, an unbracketed acronym tries as the start of its
    /// spelled-out name.
    static let spelledAcronymCandidates = 64

    /// The tokens an acronym in brackets may stand after the start of its full name.
    static let bracketedNameMaximumTokens = 24

    /// Where each capitalised word and each one-word bracket of the document stands, gathered once
    /// when the first acronym asks (most documents have none to spell out).
    struct AcronymIndex {
        /// Capitalised words grouped by the first UTF-8 byte of their lower-cased form, in text
        /// order within each group: those of byte `b` are `capitals[capitalStarts[b]..<capitalStarts[b + 1]]`
        /// (see ``capitals(startingWith:)``). One array sorted by byte instead of a dictionary keyed
        /// by Characters, whose hashing cost more than the rest of the rule, or 256 lists, which grew
        /// one by one. (Accented initials share a first byte; the spelling test that follows
        /// compares whole Characters.)
        var capitals: [Int] = []
        var capitalStarts = [Int](repeating: 0, count: 257)
        /// The word between "(" and ")", by its text, in text order.
        var bracketed: [String: [Int]] = [:]
        /// The name words that follow each capitalised word tried so far (``spelledName(of:near:)``
        /// tries the same words for every acronym of the same initial).
        var nameWordsByStart: [Int: [NameWord]] = [:]

        /// The capitalised words whose lower-cased form starts with `byte`, in text order.
        func capitals(startingWith byte: UInt8) -> ArraySlice<Int> {
            capitals[capitalStarts[Int(byte)]..<capitalStarts[Int(byte) + 1]]
        }
    }

    /// Whether `mention` may be an acronym: one capitalised word of letters only, of a length in
    /// ``spelledAcronymLengths``, no given name and no gender.
    func isAcronymLike(_ mention: SpeakerMention) -> Bool {
        guard mention.kind == .name, mention.core.count == 1, !mention.hasGivenName, mention.gender == nil,
            document.isCapitalized(mention.core.lowerBound)
        else { return false }
        let text = mention.name
        // An ASCII name (most are) is answered from its bytes: each is one Character, a letter
        // when it is A–Z or a–z (as in ``EntityRegistry``'s initials rule); counting Characters
        // and asking each whether it is a letter walks the grapheme and property tables.
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return Self.spelledAcronymLengths.contains(bytes.count) && bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
        }
        return Self.spelledAcronymLengths.contains(text.count) && text.allSatisfy(\.isLetter)
    }

    /// The entity an acronym names through its spelled-out name, registered as such; nil when the
    /// mention is no acronym, is already known, or the document spells out no name for it.
    mutating func spelledOutAcronymOwner(of mention: SpeakerMention) -> Int? {
        guard isAcronymLike(mention), registry.entity(named: mention.name) == nil, !registry.hasKnownExpansion(of: mention.name.lowercased())
        else { return nil }
        let key = mention.name.lowercased()
        let phrase: ClosedRange<Int>?
        if let cached = spelledAcronymPhrases[key] {
            phrase = cached
        } else {
            if acronymIndex == nil { acronymIndex = buildAcronymIndex() }
            phrase = bracketedName(of: mention.name) ?? spelledName(of: key, near: mention.core.lowerBound)
            spelledAcronymPhrases[key] = .some(phrase)
        }
        guard let phrase else { return nil }
        let text = document.text(phrase.lowerBound, phrase.upperBound)
        var owner = registry.entity(fullyNamed: text)
        // The finder's mention where the name starts, cut short ("Istituto") or longer ("Autorità di
        // sistema portuale del mar Tirreno settentrionale"): the same body.
        if owner == nil, phrase.lowerBound < mention.core.lowerBound, let known = mentionEntity[phrase.lowerBound] {
            let canonical = registry.entities[known].canonical.lowercased()
            let spelled = text.lowercased()
            if spelled.hasPrefix(canonical) || canonical.hasPrefix(spelled) { owner = known }
        }
        let id: Int
        if let owner {
            id = owner
            registry.lengthen(id, to: text)
        } else {
            id = registry.register(SpeakerMention(
                tokens: phrase, core: phrase, kind: .name, gender: nil, plural: false, name: text, hasGivenName: false,
                isOrganisation: true))
        }
        // A name spelled out further on: its mention, when the finder meets it, is this body.
        if phrase.lowerBound > mention.core.lowerBound { spelledAcronymNameStarts[phrase.lowerBound] = id }
        return registry.register(mention, asAliasOf: id)
    }

    /// The body whose name, spelled out for an acronym met earlier, starts where `mention` starts
    /// ("l'Enac ha comunicato … l'Ente nazionale per l'aviazione civile ha precisato"), its name
    /// lengthened to the mention's when that is longer.
    mutating func spelledAcronymNameOwner(of mention: SpeakerMention) -> Int? {
        guard !spelledAcronymNameStarts.isEmpty, mention.kind == .name || mention.kind == .group,
            let id = spelledAcronymNameStarts[mention.core.lowerBound]
        else { return nil }
        registry.lengthen(id, to: mention.name)
        return registry.register(mention, asAliasOf: id)
    }

    private func buildAcronymIndex() -> AcronymIndex {
        var index = AcronymIndex()
        // The capitalised words and their first bytes, then a counting sort by byte (stable, so
        // each group stays in text order).
        // (The capitalisation bit first, and brackets found from their opening mark: most tokens
        // are neither, and are passed over on one test.)
        var found: [(token: Int, initial: UInt8)] = []
        for token in document.tokens.indices {
            if document.isCapitalized(token), document.isWord(token), let initial = document.form(token).utf8.first {
                found.append((token, initial))
                index.capitalStarts[Int(initial) + 1] += 1
            }
            if document.isPunctuation(token, "("), document.isWord(token + 1), document.isPunctuation(token + 2, ")") {
                index.bracketed[document.tokens[token + 1].text, default: []].append(token + 1)
            }
        }
        for byte in 0..<256 { index.capitalStarts[byte + 1] += index.capitalStarts[byte] }
        var next = index.capitalStarts
        index.capitals = [Int](repeating: 0, count: found.count)
        for (token, initial) in found {
            index.capitals[next[Int(initial)]] = token
            next[Int(initial)] += 1
        }
        return index
    }

    /// The full name before the first bracketed occurrence of `acronym` that has one.
    private func bracketedName(of acronym: String) -> ClosedRange<Int>? {
        let letters = Array(acronym.lowercased())
        for bracketed in acronymIndex?.bracketed[acronym] ?? [] {
            let open = bracketed - 1
            let sentenceStart = document.sentenceRange(containing: bracketed).lowerBound
            var start = open - 1
            while start >= max(sentenceStart, open - Self.bracketedNameMaximumTokens) {
                // Verbs and clause marks end the look-back: the name is a noun phrase.
                if document.has(.cueForm, start) || document.has(.auxiliary, start) { break }
                if document.tokens[start].kind == .punctuation, !document.isPunctuation(start, ",") { break }
                if document.isWord(start), document.isCapitalized(start), document.form(start).first == letters.first,
                    Self.spells(letters, words: nameWords(start..<open), lenient: true) != nil
                {
                    return start...(open - 1)
                }
                start -= 1
            }
        }
        return nil
    }

    /// The exactly spelled name of `letters` nearest in document order within the window around
    /// token `near` (the earlier one of two as near), with the complement that closes it.
    ///
    /// The candidates are tried outward from `near`, nearest first, and at most
    /// ``spelledAcronymCandidates`` of them: every capitalised word of three to six letters that
    /// names no known entity asks here (most are surnames, not acronyms), so a document of many
    /// such words must not pay a scan of the window for each.
    private mutating func spelledName(of acronym: String, near: Int) -> ClosedRange<Int>? {
        let letters = Array(acronym)
        guard let first = acronym.utf8.first, let candidates = acronymIndex?.capitals(startingWith: first), !letters.isEmpty else {
            return nil
        }
        let low = near - Self.spelledAcronymWindow
        let high = near + Self.spelledAcronymWindow
        // The first candidate at or after `near`, found by binary search. (`candidates` is a slice:
        // its indices are those of the whole array.)
        var lower = candidates.startIndex
        var upper = candidates.endIndex
        while lower < upper {
            let middle = (lower + upper) / 2
            if candidates[middle] < near { lower = middle + 1 } else { upper = middle }
        }
        var before = lower - 1
        var after = lower
        var tried = 0
        while tried < Self.spelledAcronymCandidates {
            let hasBefore = before >= candidates.startIndex && candidates[before] >= low
            let hasAfter = after < candidates.endIndex && candidates[after] <= high
            guard hasBefore || hasAfter else { return nil }
            let start: Int
            if hasBefore, !hasAfter || near - candidates[before] <= candidates[after] - near {
                start = candidates[before]
                before -= 1
            } else {
                start = candidates[after]
                after += 1
            }
            if start == near { continue }
            tried += 1
            if let name = spelledName(of: letters, at: start) { return name }
        }
        return nil
    }

    /// The name that starts at the capitalised word `start` and spells `letters` exactly, with the
    /// complement that closes it, or nil.
    private mutating func spelledName(of letters: [Character], at start: Int) -> ClosedRange<Int>? {
        let sentence = document.sentenceRange(containing: start)
        if letters.count >= 2, let second = letters[1].asciiValue, letters[0].isASCII,
            !mayGiveSecondLetter(second, from: start, before: sentence.upperBound)
        {
            return nil
        }
        let window = start..<min(sentence.upperBound, start + Self.bracketedNameMaximumTokens)
        let words: [NameWord]
        if letters.count > Self.spelledAcronymLengths.upperBound {
            // A longer acronym (``isAcronymLike(_:)`` lets none through) needs more words than
            // the kept ones, which stop at that many content words.
            words = nameWords(window)
        } else if let known = acronymIndex?.nameWordsByStart[start] {
            words = known
        } else {
            words = nameWords(window, contentWordLimit: Self.spelledAcronymLengths.upperBound)
            acronymIndex?.nameWordsByStart[start] = words
        }
        guard let count = Self.spells(letters, words: words, lenient: false), count > 0 else { return nil }
        var end = words[count - 1].token
        // "… della Lombardia", "… della Cisl": a complement of place or body.
        if end + 2 < sentence.upperBound, ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(document.form(end + 1)),
            document.isWord(end + 2), document.isCapitalized(end + 2)
        {
            end += 2
            while end + 1 < sentence.upperBound, document.isWord(end + 1), document.isCapitalized(end + 1) { end += 1 }
        }
        return start...end
    }

    /// Whether a name starting at `start` could give the letter whose UTF-8 byte is `second` as
    /// its second letter: the word's own second letter (a last word giving more than one) or
    /// second part ("Emilia-Romagna"), or the first letter of one of the next three words (two
    /// particles may give nothing). Bytes, not Characters, and no allocation, so that most
    /// capitalised words are ruled out cheaply before ``nameWords(_:contentWordLimit:)`` builds their name words:
    /// every unknown surname of three to six letters asks. (Only ASCII letters are tested.)
    private func mayGiveSecondLetter(_ second: UInt8, from start: Int, before limit: Int) -> Bool {
        let form = document.form(start).utf8
        if form.dropFirst().first == second || form.contains(UInt8(ascii: "-")) { return true }
        var index = start + 1
        var words = 0
        while index < limit, words < 3 {
            if document.isWord(index) {
                if document.form(index).utf8.first == second { return true }
                words += 1
            }
            index += 1
        }
        return false
    }

    /// A word of a name as acronyms read it: its token, its parts (a hyphenated compound gives one
    /// per part), lower-cased, and whether it is a particle.
    struct NameWord {
        let token: Int
        /// Slices of the tokens' forms: ``spells(_:words:lenient:)`` reads a part's first
        /// Character, and two more of the last one at most, so no Character arrays are built.
        let parts: [Substring]
        let isParticle: Bool

        /// Whether the word gives at least one letter when it is spelled: it has a part.
        var isContentWord: Bool { !isParticle && !parts.isEmpty }
    }

    /// The words of `tokens` up to the first token that cannot be inside a name (punctuation other
    /// than a comma, a cue or an auxiliary), and no further than `contentWordLimit` content words
    /// with parts when it is given.
    ///
    /// Why the limit: an exact spelling (``spells(_:words:lenient:)`` without `lenient`) takes one
    /// letter at least from each content word with a part, so for an acronym of at most that many
    /// letters no word after that many content words is ever read; the words of a window of 24
    /// tokens were built for every candidate start, and most spellings fail at the first words.
    private func nameWords(_ tokens: Range<Int>, contentWordLimit: Int? = nil) -> [NameWord] {
        var words: [NameWord] = []
        var contentWords = 0
        var joinsPrevious = false
        for token in tokens {
            if document.isPunctuation(token, ",") { continue }
            // "Emilia-Romagna", split by the tokenizer: one word of two parts.
            if document.isPunctuation(token, "-"), !words.isEmpty, document.isWord(token + 1) {
                joinsPrevious = true
                continue
            }
            guard document.isWord(token), !document.has(.cueForm, token), !document.has(.auxiliary, token) else { break }
            // (A compound still joins the last word: its parts are letters that word gives.)
            if !joinsPrevious, let contentWordLimit, contentWords >= contentWordLimit { break }
            let form = document.form(token)
            // Most forms have no hyphen: the whole form is their one part.
            let parts = form.utf8.contains(UInt8(ascii: "-"))
                ? form.split(separator: "-") : (form.isEmpty ? [] : [form[...]])
            if joinsPrevious, let previous = words.popLast() {
                if previous.isContentWord { contentWords -= 1 }
                words.append(NameWord(token: token, parts: previous.parts + parts, isParticle: false))
            } else {
                words.append(NameWord(token: token, parts: parts, isParticle: EntityRegistry.particles.contains(form) || form == "ed"))
            }
            if words[words.count - 1].isContentWord { contentWords += 1 }
            joinsPrevious = false
        }
        return words
    }

    /// How many of `words` spell `letters`, or nil. Every content word gives its first letter (each
    /// part of a compound its own), the last one perhaps the next one or two as well; a particle
    /// gives its first letter or nothing. `lenient` (a name closed by the acronym's bracket): a
    /// content word may give nothing, and words may follow the last letter.
    static func spells(_ letters: [Character], words: [NameWord], lenient: Bool) -> Int? {
        func match(_ word: Int, _ letter: Int) -> Int? {
            if letter == letters.count { return word }
            guard word < words.count else { return nil }
            let current = words[word]
            if current.isParticle {
                if current.parts.first?.first == letters[letter], let found = match(word + 1, letter + 1) { return found }
                return word == 0 ? nil : match(word + 1, letter)
            }
            // The parts one letter each.
            var next = letter
            for part in current.parts {
                guard next < letters.count, part.first == letters[next] else {
                    return lenient && word > 0 ? match(word + 1, letter) : nil
                }
                next += 1
            }
            if let found = match(word + 1, next) { return found }
            // The last part may give one or two more letters when they finish the acronym
            // ("farmaco" → "fa" in Aifa).
            // (The `rest` Characters after the part's first are the letters left: the part is
            // longer than `rest`, or fewer Characters would follow its first.)
            if let last = current.parts.last, next < letters.count {
                let rest = letters.count - next
                if rest <= 2, last.dropFirst().prefix(rest).elementsEqual(letters[next...]) { return word + 1 }
            }
            return lenient && word > 0 ? match(word + 1, letter) : nil
        }
        guard let count = match(0, 0) else { return nil }
        // An exact spelling ends on a content word; a lenient one runs to the bracket.
        if lenient { return words.count }
        return words[count - 1].isParticle ? nil : count
    }
}
