import CICU

/// Normalises Italian text, always keeping a map back to the original offsets.
///
/// ```swift
/// let normalized = TextNormalizer.normalize("Perche' e' cosi\u{00AD}?", form: .matching(foldingAccents: false))
/// normalized.text  // "perché è così?"
/// ```
public enum TextNormalizer {
    /// Normalises `text` into `form`.
    public static func normalize(_ text: String, form: NormalizationForm) -> NormalizedText {
        switch form {
        case .nfc:
            let (bytes, map) = nfc(Array(text.utf8))
            return NormalizedText(text: map.isIdentity ? text : String(decoding: bytes, as: UTF8.self), map: map)
        case .matching(let folding):
            return matching(text, foldingAccents: folding)
        }
    }

    /// The matching form of one word or token (see `NormalizationForm.matching`).
    public static func matchingForm(of word: some StringProtocol, foldingAccents: Bool = false) -> String {
        MatchingForm.of(Substring(word), foldingAccents: foldingAccents)
    }

    /// NFC over UTF-8 bytes. Returns the input itself, with the identity map, when it is already
    /// NFC (the common case, decided without calling ICU).
    static func nfc(_ bytes: [UInt8]) -> ([UInt8], OffsetMap) {
        var map = OffsetMap()
        var output: [UInt8] = []
        var copiedUpTo = 0
        var changed = false
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var position = 0
            var lastBoundary = 0
            while position < buffer.count {
                // Eight ASCII bytes at a time: most text is ASCII, and every ASCII byte is inert
                // and a boundary.
                if position + 8 <= buffer.count,
                    raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    lastBoundary = position + 7
                    position += 8
                    continue
                }
                let lead = buffer[position]
                if lead < 0xCC {  // every scalar below U+0300 is NFC-inert
                    if lead & 0xC0 != 0x80 { lastBoundary = position }
                    position += lead < 0x80 ? 1 : UTF8Scalars.length(lead: lead)
                    continue
                }
                let (value, length) = UTF8Scalars.decode(buffer, at: position)
                if ICUNormalization.isNFCInert(value) {
                    lastBoundary = position
                    position += length
                    continue
                }
                if ICUNormalization.hasNFCBoundaryBefore(value) { lastBoundary = position }
                // The segment to hand to ICU: from the last boundary to the next one.
                let start = max(lastBoundary, copiedUpTo)
                var end = position + length
                while end < buffer.count {
                    let next = UTF8Scalars.decode(buffer, at: end)
                    if ICUNormalization.hasNFCBoundaryBefore(next.value) { break }
                    end += next.length
                }
                let segment = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
                let normalized = ICUNormalization.normalize(segment, form: CICU_NORM_NFC)
                if !normalized.utf8.elementsEqual(segment.utf8) {
                    if !changed {
                        changed = true
                        output.reserveCapacity(buffer.count)
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copiedUpTo..<start]))
                    let rewrittenStart = output.count
                    output.append(contentsOf: normalized.utf8)
                    map.record(rewritten: rewrittenStart..<output.count, original: start..<end)
                    copiedUpTo = end
                }
                position = end
                lastBoundary = end
            }
            if changed {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copiedUpTo..<buffer.count]))
            }
        }
        return changed ? (output, map) : (bytes, map)
    }

    /// The matching form of a whole document: each whitespace-separated run is rewritten with
    /// `MatchingForm`, and whitespace runs are unified.
    static func matching(_ text: String, foldingAccents: Bool) -> NormalizedText {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var map = OffsetMap()
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < buffer.count {
                let start = position
                if Whitespace.isWhitespace(buffer, at: position) {
                    var newlines = 0
                    while position < buffer.count, let width = Whitespace.width(buffer, at: position) {
                        newlines += Whitespace.lineBreaks(buffer, at: position, width: width)
                        position += width
                    }
                    let replacement: [UInt8] = newlines >= 2 ? [0x0A, 0x0A] : newlines == 1 ? [0x0A] : [0x20]
                    let rewrittenStart = output.count
                    output.append(contentsOf: replacement)
                    if !buffer[start..<position].elementsEqual(replacement) {
                        map.record(rewritten: rewrittenStart..<output.count, original: start..<position)
                    }
                    continue
                }
                while position < buffer.count && !Whitespace.isWhitespace(buffer, at: position) {
                    position += UTF8Scalars.length(lead: buffer[position])
                }
                let end = min(position, buffer.count)
                let run = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
                let form = MatchingForm.of(Substring(run), foldingAccents: foldingAccents)
                let rewrittenStart = output.count
                output.append(contentsOf: form.utf8)
                if !form.utf8.elementsEqual(run.utf8) {
                    map.record(rewritten: rewrittenStart..<output.count, original: start..<end)
                }
            }
        }
        return NormalizedText(text: String(decoding: output, as: UTF8.self), map: map)
    }
}

/// Which scalars count as whitespace for normalisation and tokenisation.
enum Whitespace {
    /// The byte width of the whitespace scalar at `offset`, or nil when it is not whitespace.
    @inline(__always)
    static func width(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        if lead < 0x80 {
            return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) ? 1 : nil
        }
        if lead == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 || bytes[offset + 1] == 0x85 { return 2 }
        if lead == 0xE2, offset + 2 < bytes.count {
            let second = bytes[offset + 1]
            let third = bytes[offset + 2]
            // U+2000–U+200A spaces, U+2028/2029 separators, U+202F narrow NBSP, U+205F.
            if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
        }
        if lead == 0xE3, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x80 { return 3 }
        return nil
    }

    /// How many line breaks the whitespace scalar of `width` bytes at `offset` makes: a line feed,
    /// a carriage return not followed by one (old Mac files), NEL and U+2028 (line separator) make
    /// one; U+2029 (paragraph separator) makes two, a blank line; any other space none.
    @inline(__always)
    static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, width: Int) -> Int {
        switch bytes[offset] {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 0 : 1
        case 0xC2: return bytes[offset + 1] == 0x85 ? 1 : 0
        case 0xE2 where width == 3 && bytes[offset + 1] == 0x80:
            return bytes[offset + 2] == 0xA8 ? 1 : bytes[offset + 2] == 0xA9 ? 2 : 0
        default: return 0
        }
    }

    /// The byte width of an invisible format character standing where a token would start (a
    /// byte-order mark, a zero-width space, non-joiner or joiner, a word joiner, a soft hyphen):
    /// it is no token and no space. Inside a word ICU keeps it with the word.
    @inline(__always)
    static func invisibleWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let lead = bytes[offset]
        if lead == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xAD { return 2 }
        guard offset + 2 < bytes.count else { return nil }
        let second = bytes[offset + 1]
        let third = bytes[offset + 2]
        if lead == 0xEF, second == 0xBB, third == 0xBF { return 3 }
        if lead == 0xE2, second == 0x80, third >= 0x8B && third <= 0x8D { return 3 }
        if lead == 0xE2, second == 0x81, third == 0xA0 { return 3 }
        return nil
    }

    @inline(__always)
    static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        width(bytes, at: offset) != nil
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
