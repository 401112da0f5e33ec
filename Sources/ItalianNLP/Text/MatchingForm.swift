import CICU

/// The matching form of a word: see `NormalizationForm.matching`.
enum MatchingForm {
    /// Words whose final apostrophe marks a truncation, not an accent: they keep it.
    static let apocopes: Set<String> = [
        "po", "mo", "va", "da", "di", "fa", "sta", "be", "to", "de", "ne", "ca", "ve", "vo",
    ]

    /// The matching form of a whole string; returns the very same string when nothing changes,
    /// which is the case for most words of running text.
    static func of(_ word: String, foldingAccents: Bool) -> String {
        for byte in word.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x27 || byte == 0x60 {
            return of(Substring(word), foldingAccents: foldingAccents)
        }
        return word
    }

    static func of(_ word: Substring, foldingAccents: Bool) -> String {
        // Fast path: lower-case ASCII without apostrophes, the bulk of running text.
        var needsWork = false
        for byte in word.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x27 || byte == 0x60 {
            needsWork = true
            break
        }
        if !needsWork { return String(word) }
        if let latin = latinFastPath(word) {
            return foldingAccents ? foldAccents(latin) : latin
        }

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

    /// Words made only of ASCII and the Latin-1 letters Italian uses (no compatibility characters,
    /// no ß) need no ICU: lower-casing is arithmetic. Returns nil when the word needs the full path.
    static func latinFastPath(_ word: Substring) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(word.utf8.count)
        var iterator = word.utf8.makeIterator()
        var hasApostrophe = false
        while let byte = iterator.next() {
            if byte < 0x80 {
                if byte == 0x27 || byte == 0x60 {
                    hasApostrophe = true
                    output.append(0x27)
                } else {
                    output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                continue
            }
            if byte == 0xE2 {
                // ’ ‘ → ' and “ ” „ → ", the typographic marks of Italian text.
                guard iterator.next() == 0x80, let third = iterator.next() else { return nil }
                switch third {
                case 0x98, 0x99: output.append(0x27); hasApostrophe = true
                case 0x9C, 0x9D, 0x9E: output.append(0x22)
                default: return nil
                }
                continue
            }
            if byte == 0xC2 {
                guard let second = iterator.next() else { return nil }
                switch second {
                case 0xAB, 0xBB: output.append(0x22)  // « »
                case 0xAD: break  // soft hyphen
                default: return nil
                }
                continue
            }
            guard byte == 0xC3, let second = iterator.next() else { return nil }
            // U+00C0–U+00FF: upper case C3 80–9E (not × 97, not ß 9F), lower case C3 A0–BF.
            switch second {
            case 0x80...0x96, 0x98...0x9E: output.append(0xC3); output.append(second + 0x20)
            case 0xA0...0xBF: output.append(0xC3); output.append(second)
            default: return nil
            }
        }
        let result = String(decoding: output, as: UTF8.self)
        return hasApostrophe ? restoringAccents(result) : result
    }

    /// perche' → perché, e' → è, piu' → più: an apostrophe right after a final vowel, not followed
    /// by a letter, is an accent typed the way old keyboards and SMS taught Italians to type it.
    static func restoringAccents(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var changed = false
        var wordStart = 0
        for (index, scalar) in scalars.enumerated() {
            if !scalar.properties.isAlphabetic && scalar != "'" { wordStart = index + 1 }
            guard scalar == "'", index > wordStart, let vowel = output.last, "aeiou".unicodeScalars.contains(vowel) else {
                output.append(scalar)
                continue
            }
            if index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic {
                output.append(scalar)
                continue
            }
            // The word before the apostrophe, bounded so that a pathological token stays linear.
            let lower = max(wordStart, index - 16)
            let word = String(String.UnicodeScalarView(scalars[lower..<index]))
            // A lone vowel other than e (a', o') is too ambiguous to touch; po', mo' keep theirs.
            if apocopes.contains(word) || (word.count == 1 && word != "e") || word.contains("'") {
                output.append(scalar)
                continue
            }
            let accented: Unicode.Scalar
            switch vowel {
            case "a": accented = "à"
            case "e": accented = word.hasSuffix("che") || word == "se" || word == "ne" ? "é" : "è"
            case "i": accented = "ì"
            case "o": accented = "ò"
            default: accented = "ù"
            }
            output.removeLast()
            output.append(accented)
            changed = true
        }
        return changed ? String(output) : text
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
