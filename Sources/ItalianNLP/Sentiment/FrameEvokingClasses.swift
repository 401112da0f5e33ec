/// The word classes that let frame rules find a frame evoked without a frame word
/// (`Lexicons/frames/evoking-classes.tsv`): the people served, the places and communities and the
/// crafts and land one can work for, the verbs whose purpose is no service, the verbs of founding and of
/// quitting, and the phrases of unpaid work and of pay that does not last the month.
///
/// They are data, not code: a rule asks a class ("is this a community?") and the lexicon says
/// which words are in it, so a word is added without touching a rule.
struct FrameEvokingClasses: Sendable {
    /// A phrase of a phrase class: its words (lower case) and whether it evokes its frame by
    /// itself (column `evokes`), or only judges a frame term of its sentence.
    struct Phrase: Sendable {
        let words: [String]
        let evokes: Bool
    }

    /// People an act, a purpose, a goal or a gift may serve (`served`): ragazzi, anziani, pazienti,
    /// detenuti, vicini, indigenti… The one list of people served, which every rule reads.
    let served: FormSet
    /// Places and communities (`community`): paese, quartiere, valle, comunità…
    let community: FormSet
    /// Crafts, land and memory kept alive (`heritage`): mestiere, bottega, vigna, alpeggio…
    let heritage: FormSet
    /// Infinitives whose purpose serves nobody (`notServing`): andare, tornare, vedere, comprare…
    let notServing: FormSet
    /// Verbs of founding or opening something (`founding`), through their inflections.
    let founding: LemmaBridge
    /// Verbs of spending one's time (`timeGiving`): "passa le domeniche a …".
    let timeGiving: LemmaBridge
    /// Verbs of quitting (`quitting`), through their inflections: a complaint about pay beside one
    /// is the reason for a choice.
    let quitting: LemmaBridge
    /// People in need (`vulnerable`), most of them also `served`: serving them with a habit or for
    /// years is devotion (`DevotedService`), and a gift to them is a gift to the needy
    /// (`GiftToTheNeedy`). "prossimo" is here and not in `served`, where it would be read in "il
    /// prossimo anno" too.
    let vulnerable: Set<String>
    /// Unpaid work or work at one's own cost (`unpaid`): "senza compenso", "a sue spese", "ci rimette".
    let unpaid: [Phrase]
    /// Pay that does not last (`scarcity`): "conto in rosso", "non resta niente", "evapora".
    let scarcity: [Phrase]
    /// Things given in kind instead of money (`inKind`): "vitto e alloggio", "buoni pasto", "un
    /// panino", "biglietti omaggio", "un attestato". Pay in kind only when marked as all there is.
    let inKind: [Phrase]
    /// What is no pay at all though offered as one (`pseudoPay`): "visibilità", "una pacca sulla
    /// spalla", "applausi", "un sorriso".
    let pseudoPay: [Phrase]

    init(table: TSVTable) {
        var sets: [String: [String]] = [:]
        var phrases: [String: [Phrase]] = [:]
        for row in table.rows {
            let name = String(row.column(0))
            let form = String(row.column(1))
            guard !form.isEmpty else { continue }
            sets[name, default: []].append(form)
            // Written as text, read as the tokenizer splits it: "al verde" is "a il verde",
            // "senza farsi pagare" is "senza far si pagare".
            let words = form.split(separator: " ").flatMap { MultiwordExpansion.expand(String($0)) ?? [String($0)] }
            phrases[name, default: []].append(Phrase(words: words, evokes: row.column(2) == "yes"))
        }
        served = FormSet(sets["served"] ?? [])
        community = FormSet(sets["community"] ?? [])
        heritage = FormSet(sets["heritage"] ?? [])
        notServing = FormSet(sets["notServing"] ?? [])
        founding = LemmaBridge(lemmas: sets["founding"] ?? [])
        timeGiving = LemmaBridge(lemmas: sets["timeGiving"] ?? [])
        quitting = LemmaBridge(lemmas: sets["quitting"] ?? [])
        vulnerable = Set(sets["vulnerable"] ?? [])
        unpaid = phrases["unpaid"] ?? []
        scarcity = phrases["scarcity"] ?? []
        inKind = phrases["inKind"] ?? []
        pseudoPay = phrases["pseudoPay"] ?? []
    }

    static let shared = FrameEvokingClasses(table: .embedded("frames/evoking-classes.tsv"))

    /// Whether the form names people served, a community or a heritage (`servedNoun`).
    func isServedNoun(_ form: String) -> Bool {
        served.contains(form) || community.contains(form) || heritage.contains(form)
    }

    /// The word of each phrase that a sentence must hold for the phrase to be there: its longest
    /// word that is not a function word (the rarest, as a rule: "fame" of "fare la fame", not
    /// "fare"). A rule gated on these words skips every sentence without one.
    static func cueWords(of phrases: [Phrase]) -> [String] {
        phrases.compactMap { phrase in
            let content = phrase.words.filter { !SentimentFunctionWords.words.contains($0) }
            return (content.isEmpty ? phrase.words : content).max { $0.count < $1.count }
        }
    }

    /// The first phrase of `phrases` written in the sentence, as the range of units it covers.
    static func firstPhrase(of phrases: [Phrase], in units: [SentimentUnit]) -> (phrase: Phrase, units: Range<Int>)? {
        // Asked of every sentence with a cue word by several rules: the phrases are read in place
        // (binding each one copied it, a retain and a release of its words), and the words are
        // compared by `StringIdentity.equals`, which answers most failed comparisons inline.
        for index in units.indices where units[index].kind == .word {
            for candidate in phrases.indices where matches(phrases[candidate].words, at: index, in: units) {
                return (phrases[candidate], index..<(index + phrases[candidate].words.count))
            }
        }
        return nil
    }

    /// Whether the units from `index` on spell `words` (never for no words), each compared with
    /// the unit's form as `==` compares them.
    @inline(__always)
    private static func matches(_ words: [String], at index: Int, in units: [SentimentUnit]) -> Bool {
        guard let first = words.first, StringIdentity.equals(units[index].form, first) else { return false }
        guard index + words.count <= units.count else { return false }
        for offset in 1..<words.count where !StringIdentity.equals(units[index + offset].form, words[offset]) { return false }
        return true
    }

    /// The first place within `range` where a phrase of `phrases` starts, with the longest phrase
    /// that starts there ("vitto e alloggio", not "vitto").
    static func firstPhrase(of phrases: [Phrase], in units: [SentimentUnit], within range: Range<Int>) -> (phrase: Phrase, units: Range<Int>)? {
        for index in range.clamped(to: units.indices) where units[index].kind == .word {
            if let found = phrase(of: phrases, at: index, in: units) { return (found, index..<(index + found.words.count)) }
        }
        return nil
    }

    /// The longest phrase of `phrases` that starts at `index`, if one does.
    static func phrase(of phrases: [Phrase], at index: Int, in units: [SentimentUnit]) -> Phrase? {
        var best: Int?
        for candidate in phrases.indices
        where phrases[candidate].words.count > best.map({ phrases[$0].words.count }) ?? 0 && matches(phrases[candidate].words, at: index, in: units) {
            best = candidate
        }
        return best.map { phrases[$0] }
    }
}
