/// Writes CoNLL-U lines: the sentence header (`# sent_id`, `# text`), multiword-token ranges and
/// word lines with HEAD/DEPREL placeholders that keep the file valid (word 1 is the root, the
/// others depend on it). Shared by `TokenizedText.writeCoNLLU` and the tokenizer's direct path,
/// which writes without building `Token` values; both must give the same bytes.
///
/// The fixed pieces are static strings, copied from the program's constant bytes: corpus-sized
/// output makes this a hot path, and pieces kept as arrays cost a retain and a release per line.
struct CoNLLUWriter {
    private static var sentenceIDPrefix: StaticString { "# sent_id = " }
    private static var textPrefix: StaticString { "\n# text = " }
    private static var rangeTail: StaticString { "\t_\t_\t_\t_\t_\t_\t_\t" }
    private static var rootTail: StaticString { "\t_\t_\t_\t_\t0\troot\t_\t" }
    private static var dependentTail: StaticString { "\t_\t_\t_\t_\t1\tdep\t_\t" }
    private static var spaceAfterYes: StaticString { "_\n" }
    private static var spaceAfterNo: StaticString { "SpaceAfter=No\n" }
    /// The id of the next word line in the current sentence.
    private var wordID = 1

    /// `# sent_id` (continuing from `firstSentenceID`, or `documentID-n`) and `# text` on one line.
    mutating func beginSentence(
        index: Int, firstSentenceID: Int, documentID: String?, text: Substring, to output: inout [UInt8]
    ) {
        Self.append(Self.sentenceIDPrefix, to: &output)
        if let documentID {
            output.append(contentsOf: documentID.utf8)
            output.append(UInt8(ascii: "-"))
            Self.appendInteger(index + 1, to: &output)
        } else {
            Self.appendInteger(firstSentenceID + index, to: &output)
        }
        Self.append(Self.textPrefix, to: &output)
        // "# text" is one line: line breaks inside a sentence become spaces.
        Self.appendField(text, to: &output)
        output.append(0x0A)
        wordID = 1
    }

    /// A token's lines: a range line and one line per word for a multiword token.
    /// A token's lines from its shared forms.
    @inline(__always)
    mutating func appendToken(forms: TokenForms, spaceAfter: Bool, to output: inout [UInt8]) {
        appendToken(surface: forms.surface, expansion: forms.expansion, spaceAfter: spaceAfter, to: &output)
    }

    mutating func appendToken(surface: String, expansion: [String], spaceAfter: Bool, to output: inout [UInt8]) {
        guard !expansion.isEmpty else {
            appendWord(form: surface, spaceAfter: spaceAfter, to: &output)
            return
        }
        Self.appendInteger(wordID, to: &output)
        output.append(UInt8(ascii: "-"))
        Self.appendInteger(wordID + expansion.count - 1, to: &output)
        output.append(0x09)
        Self.appendField(surface[...], to: &output)
        Self.append(Self.rangeTail, to: &output)
        Self.append(spaceAfter ? Self.spaceAfterYes : Self.spaceAfterNo, to: &output)
        for word in expansion {
            appendWord(form: word, spaceAfter: true, to: &output)
        }
    }

    private mutating func appendWord(form: String, spaceAfter: Bool, to output: inout [UInt8]) {
        Self.appendInteger(wordID, to: &output)
        output.append(0x09)
        Self.appendField(form[...], to: &output)
        Self.append(wordID == 1 ? Self.rootTail : Self.dependentTail, to: &output)
        Self.append(spaceAfter ? Self.spaceAfterYes : Self.spaceAfterNo, to: &output)
        wordID += 1
    }

    /// CoNLL-U fields cannot hold tabs or line breaks: they become spaces. Tokens never hold
    /// them, so the bytes are copied in one piece and only a sentence's text is patched.
    static func appendField(_ text: Substring, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Checked in the source, before the copy: most fields hold no such byte.
            if bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                output.append(contentsOf: bytes.lazy.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
            } else {
                output.append(contentsOf: bytes)
            }
        }
    }

    /// Appends a fixed piece's bytes (a static string's constant storage: no allocation, no
    /// reference counting).
    @inline(__always)
    private static func append(_ piece: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 10 {
            output.append(UInt8(48 + max(value, 0)))
            return
        }
        // Digits written backwards into a small buffer, then copied: no String per number.
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var remaining = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while remaining > 0 && count < buffer.count {
                buffer[buffer.count - 1 - count] = UInt8(48 + remaining % 10)
                remaining /= 10
                count += 1
            }
            if value < 0 { output.append(UInt8(ascii: "-")) }
            output.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }
}
