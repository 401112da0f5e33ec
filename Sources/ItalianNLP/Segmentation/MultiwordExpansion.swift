/// Multiword tokens as Universal Dependencies splits them for Italian: articulated prepositions
/// (del → di il, dell’ → di l’, negli → in gli, col → con il) and clitic pronouns attached to
/// verbs (portarlo → portar lo, dicendogli → dicendo gli, dandoglielo → dando glie lo).
enum MultiwordExpansion {
    /// The syntactic words of a token, or nil when it is a single word.
    static func expand(_ token: String) -> [String]? {
        // Cheap byte tests first: this runs on every word of every text.
        let utf8 = token.utf8
        let count = utf8.count
        guard count >= 2, let first = utf8.first, let last = utf8.last else { return nil }
        if count <= 7, articulatedInitials.contains(first) {
            if let parts = articulatedPreposition(token.lowercased(), original: token) { return parts }
        }
        guard count >= 5 else { return nil }
        let lastLower = last | 0x20
        guard lastLower == UInt8(ascii: "a") || lastLower == UInt8(ascii: "e") || lastLower == UInt8(ascii: "i")
            || lastLower == UInt8(ascii: "o")
        else { return nil }
        var isASCIILetters = true
        for byte in utf8 where !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")) {
            isASCIILetters = false
            break
        }
        guard isASCIILetters else { return nil }
        let secondLast = utf8[utf8.index(utf8.endIndex, offsetBy: -2)] | 0x20
        guard cliticPenultimates.contains(secondLast) else { return nil }
        return cliticCluster(token, lower: token.lowercased())
    }

    static let articulatedInitials = ByteSet("adnscpADNSCP")
    static let cliticPenultimates = ByteSet("lmtscvn")
    static let vowels = ByteSet("aeiou")

    // MARK: Articulated prepositions

    /// Every articulated preposition, lower-case, with its preposition and article.
    static let articulated: [String: (preposition: String, article: String)] = {
        let stems: [(String, String)] = [("de", "di"), ("a", "a"), ("da", "da"), ("ne", "in"), ("su", "su")]
        let articles: [(String, String)] = [
            ("l", "il"), ("llo", "lo"), ("lla", "la"), ("i", "i"), ("gli", "gli"), ("lle", "le"), ("ll'", "l'"), ("ll’", "l’"),
        ]
        var table: [String: (preposition: String, article: String)] = [:]
        for (stem, preposition) in stems {
            for (suffix, article) in articles { table[stem + suffix] = (preposition, article) }
        }
        // "con" and "per" combine only with il and i in modern Italian: col, coi, pel, pei.
        for (form, preposition, article) in [("col", "con", "il"), ("coi", "con", "i"), ("pel", "per", "il"), ("pei", "per", "i")] {
            table[form] = (preposition, article)
        }
        return table
    }()

    static func articulatedPreposition(_ lower: String, original: String) -> [String]? {
        guard let entry = articulated[lower] else { return nil }
        return [matchCase(entry.preposition, of: original), matchCase(entry.article, of: original, isFirst: false)]
    }

    /// Keeps the capitalisation of the token: "Nel" → "In", "NEL" → "IN" "IL".
    static func matchCase(_ word: String, of original: String, isFirst: Bool = true) -> String {
        guard let first = original.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return word }
        var letters = 0
        var allUpper = true
        for byte in original.utf8 where (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
            letters += 1
            if byte >= UInt8(ascii: "a") { allUpper = false }
        }
        if allUpper && letters > 1 { return word.uppercased() }
        if isFirst { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    // MARK: Clitics

    /// Single clitic pronouns, longest first.
    static let clitics: [[UInt8]] = ["gli", "mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "ne"].map { Array($0.utf8) }
    /// The first pronoun of a two-clitic cluster (dirtelo, darglielo, vedersela).
    static let clusterFirst: [[UInt8]] = ["glie", "me", "te", "se", "ce", "ve"].map { Array($0.utf8) }

    /// Splits a verb with enclitic pronouns; `lower` is the token lower-cased (ASCII letters only).
    static func cliticCluster(_ token: String, lower: String) -> [String]? {
        let word = Array(lower.utf8)
        guard word.count >= 5 else { return nil }
        let capitalised = token.utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? false
        for clitic in clitics where word.ends(with: clitic) {
            var hostLength = word.count - clitic.count
            var pronounLengths = [clitic.count]
            for first in clusterFirst where word[..<hostLength].ends(with: first) {
                if isVerbHost(word[..<(hostLength - first.count)]) {
                    hostLength -= first.count
                    pronounLengths.insert(first.count, at: 0)
                    break
                }
            }
            let host = word[..<hostLength]
            guard isVerbHost(host) else { continue }
            // Capitalised words are mostly names ("Marmi"): only long hosts count there.
            if capitalised && hostLength < 5 { continue }
            // "-orti" is a plural noun far more often than porre + ti (trasporti, rapporti).
            if host.ends(with: Array("or".utf8)) && clitic == Array("ti".utf8) { continue }
            if isParticipleHost(host) && !participleClitics.contains(String(decoding: clitic, as: UTF8.self)) { continue }
            // Split the original spelling at the same places (ASCII: bytes are characters).
            let original = Array(token.utf8)
            var parts = [String(decoding: original[..<hostLength], as: UTF8.self)]
            var index = hostLength
            for length in pronounLengths {
                parts.append(String(decoding: original[index..<(index + length)], as: UTF8.self))
                index += length
            }
            return parts
        }
        // "glielo", "gliene" on their own: glie + lo.
        if word.count == 6, word.starts(with: Array("glie".utf8)) {
            let original = Array(token.utf8)
            return [String(decoding: original[..<4], as: UTF8.self), String(decoding: original[4...], as: UTF8.self)]
        }
        return nil
    }

    /// Verb forms that take enclitic pronouns: truncated infinitives (portar-, veder-, dir-,
    /// condur-) whose infinitive is a known verb, gerunds (dicendo-, parlando-), plural imperatives
    /// (ditelo, fatemi, sosteniamolo). Checking the infinitive against the verb list is what keeps
    /// "esperti", "moderne" and "scarsi" whole.
    static func isVerbHost(_ host: ArraySlice<UInt8>) -> Bool {
        let length = host.count
        guard length >= 3, let last = host.last else { return false }
        let secondLast = host[host.endIndex - 2]
        if last == UInt8(ascii: "r"), vowels.contains(secondLast) {
            let stem = String(decoding: host, as: UTF8.self)
            return infinitives.contains(stem + "e") || infinitives.contains(stem + "re")
        }
        if length >= 5, host.ends(with: Array("ando".utf8)) || host.ends(with: Array("endo".utf8)) { return true }
        if host.elementsEqual("ecco".utf8) { return true }  // eccolo, eccoci, eccomi
        if isParticipleHost(host) { return true }
        if length >= 6, host.ends(with: Array("iamo".utf8)) { return true }
        if length >= 5, host.ends(with: Array("ate".utf8)) || host.ends(with: Array("ete".utf8)) || host.ends(with: Array("ite".utf8)) {
            // Imperatives: the verb must exist.
            let stem = String(decoding: host.dropLast(3), as: UTF8.self)
            return ["are", "ere", "ire"].contains { infinitives.contains(stem + $0) }
        }
        return false
    }

    /// Masculine past participles take a few clitics in absolute constructions: "offertogli",
    /// "fattosi". Feminine and plural ones are left alone ("metropolitane", "puritane").
    static func isParticipleHost(_ host: ArraySlice<UInt8>) -> Bool {
        guard host.count >= 5 else { return false }
        return ["ato", "ito", "uto", "erto", "atto"].contains { host.ends(with: Array($0.utf8)) }
    }

    /// Not "mi": "-atomi" is a plural noun (atomi, ematomi).
    static let participleClitics: Set<String> = ["si", "gli", "ci", "vi", "ti"]

    /// Italian infinitives (Lexicons/text/infinitives.tsv).
    static let infinitives: Set<String> = {
        var set = Set(TSVTable.embedded("text/infinitives.tsv").rows.map { String($0.column(0)) })
        set.formUnion(["fare", "dare", "dire", "stare", "porre", "trarre", "avere", "essere"])
        return set
    }()
}

extension Collection where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        guard count >= suffix.count else { return false }
        return self.suffix(suffix.count).elementsEqual(suffix)
    }
}
