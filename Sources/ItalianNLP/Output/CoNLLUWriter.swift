/// Writes CoNLL-U lines: the sentence header (`# sent_id`, `# text`), multiword-token ranges and
/// word lines with HEAD/DEPREL placeholders that keep the file valid (word 1 is the root, the
/// others depend on it). Shared by `TokenizedText.writeCoNLLU` and the tokenizer's direct path,
/// which writes without building `Token` values; both must give the same bytes.
///
/// The fixed pieces are static strings, copied from the program's constant bytes: corpus-sized
/// output makes this a hot path, and pieces kept as arrays cost a retain and a release per line.
struct CoNLLUWriter: ~Copyable {
    private static var sentenceIDPrefix: StaticString { "# sent_id = " }
    private static var textPrefix: StaticString { "\n# text = " }
    private static var rangeTail: StaticString { "\t_\t_\t_\t_\t_\t_\t_\t" }
    private static var rootTail: StaticString { "\t_\t_\t_\t_\t0\troot\t_\t" }
    private static var dependentTail: StaticString { "\t_\t_\t_\t_\t1\tdep\t_\t" }
    private static var spaceAfterYes: StaticString { "_\n" }
    private static var spaceAfterNo: StaticString { "SpaceAfter=No\n" }
    private var wordID = 1
    /// The sentence being written; `endSentence` moves it to the caller's array in one copy.
    private var sentence = ByteWriter()

    mutating func beginSentence(index: Int, firstSentenceID: Int, documentID: String?, text: Substring) {
        var text = text
        text.withUTF8 { beginSentence(index: index, firstSentenceID: firstSentenceID, documentID: documentID, text: $0) }
    }

    /// Writes the `# sent_id` and `# text` lines; `text` is the sentence's UTF-8 bytes.
    mutating func beginSentence(index: Int, firstSentenceID: Int, documentID: String?, text: UnsafeBufferPointer<UInt8>) {
        sentence.append(Self.sentenceIDPrefix)
        if let documentID {
            var documentID = documentID
            documentID.withUTF8 { sentence.append($0) }
            sentence.append(UInt8(ascii: "-"))
            sentence.appendInteger(index + 1)
        } else {
            sentence.appendInteger(firstSentenceID + index)
        }
        sentence.append(Self.textPrefix)
        // "# text" is one line: line breaks inside a sentence become spaces.
        sentence.appendReplacingLineBreaks(text)
        sentence.append(0x0A)
        wordID = 1
    }

    @inline(__always)
    mutating func appendToken(forms: TokenForms, spaceAfter: Bool) {
        appendToken(surface: forms.surface, expansion: forms.expansion, spaceAfter: spaceAfter)
    }

    mutating func appendToken(surface: String, expansion: [String], spaceAfter: Bool) {
        guard !expansion.isEmpty else {
            appendWord(form: surface, spaceAfter: spaceAfter)
            return
        }
        sentence.appendInteger(wordID)
        sentence.append(UInt8(ascii: "-"))
        sentence.appendInteger(wordID + expansion.count - 1)
        sentence.append(0x09)
        appendField(surface)
        sentence.append(Self.rangeTail)
        sentence.append(spaceAfter ? Self.spaceAfterYes : Self.spaceAfterNo)
        for word in expansion {
            appendWord(form: word, spaceAfter: true)
        }
    }

    /// Ends the sentence with its blank line and appends everything written for it to `output`.
    mutating func endSentence(to output: inout [UInt8]) {
        sentence.append(0x0A)
        sentence.flush(into: &output)
    }

    private mutating func appendWord(form: String, spaceAfter: Bool) {
        sentence.appendInteger(wordID)
        sentence.append(0x09)
        appendField(form)
        sentence.append(wordID == 1 ? Self.rootTail : Self.dependentTail)
        sentence.append(spaceAfter ? Self.spaceAfterYes : Self.spaceAfterNo)
        wordID += 1
    }

    /// A form as a field: tabs and line breaks become spaces in the same pass as the copy (forms
    /// are a few bytes long, so one loop beats a scan followed by a copy).
    @inline(__always)
    private mutating func appendField(_ form: String) {
        // Borrowed where the string allows it (native and small strings): no retain, no copy.
        if form.utf8.withContiguousStorageIfAvailable({ sentence.appendReplacingLineBreaks($0) }) == nil {
            var form = form
            form.withUTF8 { sentence.appendReplacingLineBreaks($0) }
        }
    }

    /// Appends `text` to `output` with tabs and line breaks replaced by spaces: CoNLL-U and the
    /// one-sentence-per-line text format cannot hold them inside a field.
    static func appendField(_ text: Substring, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            if bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                output.append(contentsOf: bytes.lazy.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
            } else {
                output.append(contentsOf: bytes)
            }
        }
    }
}
