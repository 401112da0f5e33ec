/// Rule: a hashtag is read as the words it is made of. "#vergogna" → vergogna,
/// "#VergognaItalia" and "#vergognaItalia" → vergogna Italia (CamelCase), "#non_mi_piace" → non
/// mi piace, "#M5S" → M5S; an all-lower-case run of known words is split by dictionary
/// ("#nonmipiace" → non mi piace) when the whole is not a word itself.
struct HashtagWords: Sendable {
    static let name = "HashtagWords"

    /// Whether a lower-case string is a known word (a lexicon form or a function word).
    let isKnownWord: @Sendable (String) -> Bool

    /// The words of a hashtag (with or without its #).
    func words(of hashtag: String) -> [String] {
        let body = hashtag.hasPrefix("#") ? String(hashtag.dropFirst()) : hashtag
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var previousLower = false
        for scalar in body.unicodeScalars {
            let properties = scalar.properties
            if scalar == "_" || scalar == "-" {
                if !current.isEmpty { parts.append(String(current)) }
                current = String.UnicodeScalarView()
                previousLower = false
                continue
            }
            let isUpper = properties.isUppercase
            // A new word starts at an upper-case letter after a lower-case one (vergognaItalia);
            // letters and digits stay together (M5S).
            if !current.isEmpty && isUpper && previousLower {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousLower = properties.isLowercase
        }
        if !current.isEmpty { parts.append(String(current)) }
        if parts.count == 1, let only = parts.first {
            let lower = MatchingForm.of(only, foldingAccents: false)
            if !isKnownWord(lower), let split = dictionarySplit(lower) { return split }
        }
        return parts
    }

    /// Splits a lower-case run into known words, fewest pieces first; nil when no split covers
    /// it or the best one has more than four pieces.
    func dictionarySplit(_ text: String) -> [String]? {
        let characters = Array(text)
        let count = characters.count
        guard count >= 5, count <= 40, characters.allSatisfy(\.isLetter) else { return nil }
        // best[i]: the fewest pieces covering characters[0..<i], and where its last piece starts.
        var best: [(pieces: Int, start: Int)?] = Array(repeating: nil, count: count + 1)
        best[0] = (0, 0)
        for end in 1...count {
            for start in max(0, end - 20)..<end {
                guard let previous = best[start] else { continue }
                let piece = String(characters[start..<end])
                guard piece.count >= 2 || piece == "e" || piece == "a", isKnownWord(piece) else { continue }
                if previous.pieces + 1 < (best[end]?.pieces ?? Int.max) {
                    best[end] = (previous.pieces + 1, start)
                }
            }
        }
        guard let last = best[count], last.pieces >= 2, last.pieces <= 4 else { return nil }
        var pieces: [String] = []
        var end = count
        while end > 0, let step = best[end] {
            pieces.append(String(characters[step.start..<end]))
            end = step.start
        }
        return pieces.reversed()
    }
}
