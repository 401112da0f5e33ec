/// Raw ICU word-break iteration, with nothing of ItalianNLP's rules: the baseline that the
/// benchmarks print beside the library's own throughput.
public enum ICUBaseline {
    /// Counts ICU's word boundaries over the text's UTF-16 form (ICU's native encoding). The
    /// conversion to UTF-16 is not timed by this call: pass the code units.
    public static func wordBoundaryCount(utf16 units: [UInt16]) -> Int {
        guard let iterator = ICUBreakIterator.make(.italianWords) else { return 0 }
        return units.withUnsafeBufferPointer { buffer in
            iterator.setText(utf16: buffer) ? iterator.countBoundaries() : 0
        }
    }

    /// Counts ICU's word boundaries over UTF-8 bytes through a UTF-8 UText (what the tokenizer
    /// iterates over).
    public static func wordBoundaryCount(utf8 bytes: [UInt8]) -> Int {
        guard let iterator = ICUBreakIterator.make(.italianWords) else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            iterator.setText(buffer) ? iterator.countBoundaries() : 0
        }
    }

    /// ICU's version string, for reports.
    public static var icuVersion: String { ICUPrototype.icuVersion }
}
