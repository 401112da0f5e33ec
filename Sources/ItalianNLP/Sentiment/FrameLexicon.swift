import Foundation

/// Terms that evoke frames — what a text talks about: mission (purpose, vocation, research,
/// impact) versus money (pay, earnings, wealth), and any frame a user defines.
///
/// The built-in lexicon is `Lexicons/frames/default.tsv` (mission, money, security, health,
/// environment). A user's file has the same three columns, `frame<TAB>term<TAB>weight`, with an
/// optional `#` header and `#` comments; `merging(_:mode:)` adds its frames and terms to the
/// defaults or replaces frames of the same name.
///
/// Terms are lemmas or word forms, single words or multiword; inflected text finds them through
/// the same morphology as the polarity lexicon (stipendi → stipendio, pagati → pagare,
/// "cambiano il mondo" → "cambiare il mondo").
public struct FrameLexicon: Sendable {
    /// A term of a frame.
    public struct Term: Sendable, Hashable {
        /// The frame it evokes.
        public let frame: String
        /// The term as written in the lexicon.
        public let phrase: String
        /// How strongly it evokes the frame, in (0, 1].
        public let weight: Double
        /// The term's syntactic words, lower case.
        let words: [String]
    }

    /// How `merging` combines two lexicons.
    public enum MergeMode: String, Sendable, CaseIterable {
        /// Keep every frame; add the other lexicon's terms, its weights winning for shared terms.
        case addTerms
        /// A frame the other lexicon defines replaces the frame of the same name.
        case replaceFrames
    }

    /// The frame names, in order of first appearance.
    public let frames: [String]
    /// Every term.
    public let terms: [Term]
    /// Whether this is the built-in lexicon (`default`), whose first forms the word table knows
    /// (`SentimentWordClasses.builtInFrameStart`): the matcher then probes the lexicon only at
    /// the words that can start a term.
    private(set) var isBuiltIn = false

    /// Terms keyed by every form of their first word (stipendi, pagati, cambiamo…), longest first:
    /// the index of the list in `candidateRanges`, probed through a `FormTable` (a probe of the
    /// dictionary hashes the form with SipHash; the table hashes bytes, with the same answers).
    private let byFirstForm: FormTable<Int32>
    /// Every candidate list, one after the other, and where each list lies in it: the matcher reads
    /// a list in place by its range (an array per list, returned to the matcher, was retained and
    /// released at every word that may start a term — an atomic write to a shared object).
    let candidateTerms: [Term]
    /// What the matcher asks of each candidate before anything else (see ``CandidateHead``), in
    /// the order of `candidateTerms`.
    let candidateHeads: [CandidateHead]
    private let candidateRanges: [Range<Int>]

    /// A candidate term's word count and second word, stored in the list itself: the matcher tests
    /// them at every word that may start a term, for every candidate ("ha", "fa" have dozens), and
    /// most candidates fail there. Read from the term, each test followed a pointer to the term's
    /// array of words, a separate object that was seldom in the processor's cache: profiling
    /// showed half of the matcher's time waiting on that load.
    struct CandidateHead: Sendable {
        /// `term.words.count`.
        let wordCount: Int
        /// `term.words[1]`, or "" for a one-word term.
        let second: String
        /// Whether `second` is an article (`FrameTermMatcher.articles`), which any article matches.
        let secondIsArticle: Bool
    }
    /// Maps inflected forms of any term word to that word.
    private let bridge: LemmaBridge

    /// A lexicon of the given terms.
    public init(terms: [Term]) {
        var frames: [String] = []
        var seen: Set<String> = []
        var unique: [Term] = []
        var index: [String: Int] = [:]
        for term in terms {
            if seen.insert(term.frame).inserted { frames.append(term.frame) }
            let key = term.frame + "\t" + term.phrase
            if let existing = index[key] {
                unique[existing] = term
            } else {
                index[key] = unique.count
                unique.append(term)
            }
        }
        self.frames = frames
        self.terms = unique
        var words: Set<String> = []
        for term in unique { words.formUnion(term.words) }
        let bridge = LemmaBridge(lemmas: words.filter { !SentimentFunctionWords.contains($0) }.sorted())
        var byFirstForm: [String: [Term]] = [:]
        for term in unique {
            guard let first = term.words.first else { continue }
            var forms: Set<String> = [first]
            if !SentimentFunctionWords.contains(first) {
                let pos = ItalianInflection.verbInfinitive(first) != nil ? "v" : ""
                for (form, _) in ItalianInflection.forms(of: first, pos: pos) { forms.insert(form) }
            }
            // "fa la differenza", "ha a cuore": the irregular verbs that are function words.
            forms.formUnion(Self.irregularVerbForms[first] ?? [])
            for form in forms { byFirstForm[form, default: []].append(term) }
            // "rendermi utile", "mettersi in gioco": the tokenizer splits the enclitic pronoun of a
            // pronominal infinitive into a word of its own (render + mi), so a multiword term that
            // opens with one also matches with the pronoun after its first word.
            // The variants are indexed only under the truncated infinitive ("render"), the one form
            // a split enclitic follows: the frequent forms of the verb get no extra candidates.
            if term.words.count > 1 && first.hasSuffix("rsi") {
                let truncated = String(first.dropLast(2))
                for clitic in Self.reflexiveClitics {
                    let variant = Term(frame: term.frame, phrase: term.phrase, weight: term.weight, words: [first, clitic] + term.words.dropFirst())
                    byFirstForm[truncated, default: []].append(variant)
                }
            }
        }
        for key in byFirstForm.keys {
            byFirstForm[key]?.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.weight > $1.weight }
        }
        var listIndex: [String: Int32] = [:]
        var candidateTerms: [Term] = []
        var ranges: [Range<Int>] = []
        for (form, terms) in byFirstForm {
            listIndex[form] = Int32(ranges.count)
            ranges.append(candidateTerms.count..<(candidateTerms.count + terms.count))
            candidateTerms.append(contentsOf: terms)
        }
        self.byFirstForm = FormTable(listIndex)
        self.candidateTerms = candidateTerms
        candidateHeads = candidateTerms.map {
            let second = $0.words.count > 1 ? $0.words[1] : ""
            return CandidateHead(wordCount: $0.words.count, second: second, secondIsArticle: FrameTermMatcher.articles.contains(second))
        }
        candidateRanges = ranges
        self.bridge = bridge
    }

    /// The forms of the irregular verbs that open terms ("fare la differenza", "dare un futuro",
    /// "avere a cuore"): they are function words, whose forms the inflection rules do not give.
    static let irregularVerbForms: [String: [String]] = [
        "fare": [
            "faccio", "fai", "fa", "facciamo", "fate", "fanno", "facevo", "facevi", "faceva", "facevamo", "facevano", "feci", "fece",
            "facemmo", "fecero", "farò", "farai", "farà", "faremo", "farete", "faranno", "farei", "faresti", "farebbe", "faremmo",
            "farebbero", "faccia", "facciano", "facessi", "facesse", "facessimo", "facessero", "fatto", "fatta", "fatti", "fatte",
            "facendo", "far",
        ],
        "far": ["faccio", "fa", "facciamo", "fanno", "faceva", "facevano", "fece", "farà", "farebbe", "facendo"],
        "dare": [
            // Not "do", "dato", "data", "dati", "danno", "dette" (the note, the datum, the date, "dato
            // che", the damage, "said"): too frequent in other senses.
            "dà", "diamo", "davo", "dava", "davamo", "davano", "diedi", "diede", "diedero", "darò", "darà",
            "daremo", "daranno", "darei", "darebbe", "daremmo", "darebbero", "dia", "diano", "dessi", "desse", "dando", "dar",
        ],
        "avere": [
            "ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo", "aveva", "avevamo", "avevano", "ebbe", "avrò", "avrà",
            "avremo", "avranno", "avrei", "avrebbe", "avremmo", "avrebbero", "abbia", "abbiano", "avessi", "avesse", "avuto",
            "avendo", "aver",
        ],
    ]

    /// The reflexive pronouns that follow a split pronominal infinitive.
    static let reflexiveClitics = ["mi", "ti", "si", "ci", "vi"]

    /// Reads `frame<TAB>term<TAB>weight` lines. Lines starting with `#` and blank lines are
    /// skipped; a weight outside (0, 1] or a line without three fields is an error.
    public init(tsv: String) throws {
        var terms: [Term] = []
        var lineNumber = 0
        for rawLine in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else {
                throw FrameLexiconError.badLine(lineNumber, "expected frame<TAB>term<TAB>weight")
            }
            let frame = fields[0].lowercased()
            let phrase = fields[1].lowercased()
            guard !frame.isEmpty, !phrase.isEmpty else { throw FrameLexiconError.badLine(lineNumber, "empty frame or term") }
            guard let weight = Double(fields[2]), weight > 0, weight <= 1 else {
                throw FrameLexiconError.badLine(lineNumber, "weight must be a number in (0, 1]")
            }
            terms.append(Term(frame: frame, phrase: phrase, weight: weight, words: PhraseWords.of(phrase)))
        }
        self.init(terms: terms)
    }

    /// Reads a user's lexicon file (see `init(tsv:)`).
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FrameLexiconError.unreadable(path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FrameLexiconError.badEncoding(path)
        }
        try self.init(tsv: text)
    }

    /// The built-in frames (mission, money, security, health, environment).
    public static let `default`: FrameLexicon = {
        var lexicon = (try? FrameLexicon(tsv: EmbeddedLexiconData.files["frames/default.tsv"] ?? "")) ?? FrameLexicon(terms: [])
        lexicon.isBuiltIn = true
        return lexicon
    }()

    /// This lexicon combined with another one.
    public func merging(_ other: FrameLexicon, mode: MergeMode = .addTerms) -> FrameLexicon {
        switch mode {
        case .addTerms:
            return FrameLexicon(terms: terms + other.terms)
        case .replaceFrames:
            let replaced = Set(other.frames)
            return FrameLexicon(terms: terms.filter { !replaced.contains($0.frame) } + other.terms)
        }
    }

    /// The canonical key of a lower-case word: the term word it inflects, or itself.
    func key(_ form: String) -> String {
        bridge.entry(for: form)?.lemma ?? form
    }

    /// Every term word a lower-case word may inflect, the word itself included.
    func keys(_ form: String) -> [String] {
        let entries = bridge.entries(for: form)
        if entries.isEmpty { return [form] }
        var keys = entries.map(\.lemma)
        if !keys.contains(form) { keys.append(form) }
        return keys
    }

    /// Whether `keys(form)` holds `word`, without building the list: the matcher asks it of the
    /// words after a term's first one.
    func hasKey(_ word: String, for form: String) -> Bool {
        form == word || bridge.hasLemma(word, for: form)
    }

    /// Every form that the lexicon's bridge maps to a term word (`hasKey` is false for any other
    /// form unless it is the word itself).
    var termWordForms: Dictionary<String, LemmaBridge.Entry>.Keys { bridge.allEntries.keys }

    /// Every form a term may start at.
    var firstForms: Dictionary<String, Int32>.Keys { byFirstForm.dictionary.keys }

    /// The terms that may start at a word of this form, longest first.
    func candidates(forForm form: String) -> [Term]? {
        candidateList(forForm: form).map { Array(candidateTerms[candidateRange(ofList: $0)]) }
    }

    /// The index of the list of terms that may start at a word of this form, if any.
    @inline(__always)
    func candidateList(forForm form: String) -> Int? {
        byFirstForm[form].map { Int($0) }
    }

    /// Where a list (`candidateList(forForm:)`) lies in `candidateTerms` and `candidateHeads`.
    @inline(__always)
    func candidateRange(ofList list: Int) -> Range<Int> {
        candidateRanges[list]
    }
}

/// A frame lexicon that could not be read.
public enum FrameLexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened.
    case unreadable(String)
    /// The file is not UTF-8.
    case badEncoding(String)
    /// A line is malformed (1-based line number, reason).
    case badLine(Int, String)

    /// What went wrong, in a sentence.
    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read frame lexicon \(path)"
        case .badEncoding(let path): return "frame lexicon \(path) is not UTF-8"
        case .badLine(let line, let reason): return "frame lexicon line \(line): \(reason)"
        }
    }
}
