import CICU

/// The matching form of a word: see `NormalizationForm.matching`.
enum MatchingForm {
    /// Words whose final apostrophe marks a truncation, not an accent: they keep it.
    static let apocopes: Set<String> = [
        "po", "mo", "va", "da", "di", "fa", "sta", "be", "to", "de", "ne", "ca", "ve", "vo",
    ]

    static func of(_ word: Substring, foldingAccents: Bool) -> String {
        // Fast path: lower-case ASCII without apostrophes, the bulk of running text.
        var needsWork = false
        for byte in word.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x27 || byte == 0x60 {
            needsWork = true
            break
        }
        if !needsWork { return String(word) }

        var scalars = String.UnicodeScalarView()
        var asciiOnly = true
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060, 0x2032, 0x201B:
                scalars.append("'")
            case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x2033:
                scalars.append("\"")
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x41...0x5A:
                scalars.append(Unicode.Scalar(scalar.value + 0x20).unsafelyUnwrappedIfValid)
            default:
                if scalar.value >= 0x80 { asciiOnly = false }
                scalars.append(scalar)
            }
        }
        var result = String(scalars)
        if !asciiOnly {
            result = ICUNormalization.normalize(result, form: CICU_NORM_NFKC_CASEFOLD)
        }
        if result.utf8.contains(0x27) {
            result = restoringAccents(result)
        }
        if foldingAccents {
            result = foldAccents(result)
        }
        return result
    }

    /// perche' → perché, e' → è, piu' → più: an apostrophe right after a final vowel, not followed
    /// by a letter, is an accent typed the way old keyboards and SMS taught Italians to type it.
    static func restoringAccents(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 1
        var changed = false
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "'" else { continue }
            if index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic { continue }
            let vowel = scalars[index - 1]
            guard "aeiou".unicodeScalars.contains(vowel) else { continue }
            var wordStart = index - 1
            while wordStart > 0 && scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
            if apocopes.contains(word) { continue }
            // A lone vowel other than e (a', o') is too ambiguous to touch.
            if word.count == 1 && word != "e" { continue }
            let accented: Unicode.Scalar
            switch vowel {
            case "a": accented = "à"
            case "e": accented = word.hasSuffix("che") || word == "se" || word == "ne" ? "é" : "è"
            case "i": accented = "ì"
            case "o": accented = "ò"
            default: accented = "ù"
            }
            scalars[index - 1] = accented
            scalars.remove(at: index)
            index -= 1
            changed = true
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    static let accentFolds: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("èéêëē", "e"), ("ìíîïī", "i"), ("òóôõöøō", "o"), ("ùúûüū", "u"),
            ("ç", "c"), ("ñ", "n"), ("ýÿ", "y"),
        ]
        for (accented, plain) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()

    static func foldAccents(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // Combining marks left by NFKC (rare letters without a precomposed form) go too.
            if (0x300...0x36F).contains(scalar.value) { continue }
            scalars.append(accentFolds[scalar] ?? scalar)
        }
        return String(scalars)
    }
}

extension Optional where Wrapped == Unicode.Scalar {
    /// ASCII arithmetic on a valid scalar never fails; this avoids a force-unwrap.
    var unsafelyUnwrappedIfValid: Unicode.Scalar { self ?? "\u{FFFD}" }
}
