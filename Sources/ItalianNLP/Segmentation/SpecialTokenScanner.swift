/// Recognises tokens that ICU's word break would cut into pieces: web addresses, e-mail
/// addresses, @mentions, #hashtags, emoticons and two-digit years ('93).
///
/// Each scanner looks at the bytes from a position and returns the end of its token, or nil.
/// They never look back more than one scalar and never scan further than their token, so the
/// whole text is still read in linear time.
enum SpecialTokenScanner {
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether the scalar before `offset` is a letter or digit (then a special token cannot start).
    static func followsWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let previous = UTF8Scalars.decode(bytes, before: offset).value
        guard let scalar = Unicode.Scalar(previous) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The special token starting at `offset`, if any.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (end: Int, kind: TokenKind)? {
        let first = bytes[offset]
        switch first {
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "f"),
            UInt8(ascii: "F"):
            if let end = url(bytes, at: offset) { return (end, .url) }
        case UInt8(ascii: "@"):
            if !followsWordCharacter(bytes, at: offset), let end = mention(bytes, at: offset) { return (end, .mention) }
        case UInt8(ascii: "#"):
            if !followsWordCharacter(bytes, at: offset), let end = hashtag(bytes, at: offset) { return (end, .hashtag) }
        case UInt8(ascii: "'"):
            if let end = twoDigitYear(bytes, at: offset, apostropheLength: 1) { return (end, .number) }
        case 0xE2:
            // ’ (E2 80 99) before a two-digit year.
            if offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x99,
                let end = twoDigitYear(bytes, at: offset, apostropheLength: 3)
            {
                return (end, .number)
            }
        default:
            break
        }
        if Emoticons.starterTable[Int(first)], let end = Emoticons.match(bytes, at: offset) {
            return (end, .emoticon)
        }
        return nil
    }

    /// http://…, https://…, ftp://…, www.…: up to whitespace, without trailing punctuation.
    static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("ftp://".utf8), Array("www.".utf8)]

    static func url(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        // Cheap byte comparisons first: this runs for every word that starts with h, w or f.
        var matched = false
        for prefix in urlPrefixes where offset + prefix.count < bytes.count {
            var equal = true
            for index in 0..<prefix.count where bytes[offset + index] | 0x20 != prefix[index] | 0x20 {
                equal = false
                break
            }
            if equal, isASCIIAlphanumeric(bytes[offset + prefix.count]) {
                matched = true
                break
            }
        }
        guard matched, !followsWordCharacter(bytes, at: offset) else { return nil }
        var end = offset
        var openParentheses = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                break
            }
            if byte >= 0x80 {
                // Quotation marks and other non-ASCII punctuation end an address written in text.
                let scalar = UTF8Scalars.decode(bytes, at: end).value
                if scalar == 0xAB || scalar == 0xBB || (0x2018...0x201F).contains(scalar) || Whitespace.isWhitespace(scalar) {
                    break
                }
            }
            if byte == UInt8(ascii: "(") { openParentheses += 1 }
            if byte == UInt8(ascii: ")") { openParentheses -= 1 }
            end += UTF8Scalars.length(lead: byte)
        }
        end = min(end, bytes.count)
        // Trailing punctuation belongs to the sentence, not the address.
        while end > offset {
            let last = bytes[end - 1]
            if last == UInt8(ascii: ")") && openParentheses >= 0 { break }
            if ".,;:!?')]".utf8.contains(last) {
                if last == UInt8(ascii: ")") { openParentheses += 1 }
                end -= 1
            } else {
                break
            }
        }
        return end > offset + 4 ? end : nil
    }

    /// The longest local part and domain of an address (RFC 5321: 64 and 255 bytes). The scanner
    /// is asked at every word followed by "@ . _ - +", so without a bound a run such as "A-A-A-…"
    /// would be read to its end from each of its words: quadratic in the run.
    static let maximumEmailLocalBytes = 64
    static let maximumEmailDomainBytes = 255

    /// local@domain.tld, starting at `offset`; nil if the bytes there are not an address.
    static func email(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var position = offset
        let local = "._%+-".utf8
        let localLimit = min(bytes.count, offset + maximumEmailLocalBytes)
        while position < localLimit, isASCIIAlphanumeric(bytes[position]) || local.contains(bytes[position]) {
            position += 1
        }
        guard position > offset, position < bytes.count, bytes[position] == UInt8(ascii: "@") else { return nil }
        position += 1
        let domainStart = position
        var lastDot = -1
        // Two bytes past the limit are read: room for a full stop after a domain of 255 bytes,
        // and one more to tell that domain from a longer run.
        let domainLimit = min(bytes.count, domainStart + maximumEmailDomainBytes + 2)
        while position < domainLimit,
            isASCIIAlphanumeric(bytes[position]) || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: ".")
        {
            if bytes[position] == UInt8(ascii: ".") { lastDot = position }
            position += 1
        }
        // A trailing period ends the sentence.
        while position > domainStart && bytes[position - 1] == UInt8(ascii: ".") { position -= 1 }
        guard position - domainStart <= maximumEmailDomainBytes else { return nil }
        lastDot = -1
        var index = position - 1
        while index >= domainStart {
            if bytes[index] == UInt8(ascii: ".") {
                lastDot = index
                break
            }
            index -= 1
        }
        guard lastDot > domainStart, position - lastDot > 2 else { return nil }
        for index in (lastDot + 1)..<position where !isASCIILetter(bytes[index]) { return nil }
        return position
    }

    /// @name: letters, digits and underscores.
    static func mention(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var end = offset + 1
        while end < bytes.count, isASCIIAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "_") { end += 1 }
        return end > offset + 1 ? end : nil
    }

    /// #tag: letters (any script), digits and underscores ("#308" too, as tweets use it).
    static func hashtag(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var end = offset + 1
        var letters = 0
        while end < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: end)
            guard let scalar = Unicode.Scalar(value) else { break }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || value == 0x5F {
                letters += 1
            } else {
                break
            }
            end += length
        }
        return letters > 0 ? end : nil
    }

    /// '93, ’08: an apostrophe, exactly two digits, then no letter or digit.
    static func twoDigitYear(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, apostropheLength: Int) -> Int? {
        guard !followsWordCharacter(bytes, at: offset) else { return nil }
        let digits = offset + apostropheLength
        guard digits + 1 < bytes.count, isDigit(bytes[digits]), isDigit(bytes[digits + 1]) else { return nil }
        let end = digits + 2
        if end < bytes.count {
            let next = bytes[end]
            if isASCIIAlphanumeric(next) || next >= 0xC0 { return nil }
        }
        return end
    }
}

/// Typed emoticons, matched longest first at the start of a token.
enum Emoticons {
    static let all: [[UInt8]] = [
        ":-)))", ":)))", ":-))", ":))", ":-)", ":)", ":-(((", ":(((", ":-((", ":((", ":-(", ":(", ":-D", ":D",
        ";-)", ";)", ";-D", ";D", ":-P", ":P", ":-p", ":p", ";-P", ";P", ";p", ":'-(", ":'(", ":'-)", ":')",
        ":-/", ":/", ":-|", ":|", ":-O", ":O", ":-o", ":o", ":-*", ":*", "=)", "=(", "=D",
        "<3", "</3", "xD", "XD", "xd", "^^", "^_^", "^.^", "-.-", "-_-", "o.O", "O.o", "T_T", ":-S", ":S",
        ">:(", ">:-(", ":-$", ":$", ":-X", ":X", ":3", "c:", "(:", "):",
    ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

    /// A 256-entry table: is this byte the first of some emoticon? (Checked for every token.)
    static let starterTable: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for emoticon in all { if let first = emoticon.first { table[Int(first)] = true } }
        return table
    }()

    /// The emoticons by their first byte, so that a word starting with "c" or "o" costs one look.
    static let byFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for emoticon in all { if let first = emoticon.first { table[Int(first)].append(emoticon) } }
        return table
    }()

    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let candidates = byFirstByte[Int(bytes[offset])]
        // The second byte rules out almost every word before anything else is looked at.
        guard offset + 1 < bytes.count, candidates.contains(where: { $0.count > 1 && $0[1] == bytes[offset + 1] }) else {
            return nil
        }
        // An emoticon stands alone: not glued to a word before it.
        if SpecialTokenScanner.followsWordCharacter(bytes, at: offset) { return nil }
        for candidate in candidates where offset + candidate.count <= bytes.count {
            var equal = true
            for index in 0..<candidate.count where bytes[offset + index] != candidate[index] {
                equal = false
                break
            }
            guard equal else { continue }
            let end = offset + candidate.count
            if end < bytes.count {
                let next = bytes[end]
                if SpecialTokenScanner.isASCIIAlphanumeric(next) || next >= 0xC0 { continue }
            }
            // Letter-only shapes (xD, D:) only when they stand between spaces.
            if candidate.allSatisfy({ SpecialTokenScanner.isASCIILetter($0) || $0 == UInt8(ascii: ":") }),
                offset > 0, !Whitespace.isWhitespace(bytes, at: offset - 1)
            {
                continue
            }
            return end
        }
        return nil
    }
}
