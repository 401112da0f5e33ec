import CICU

/// The sentence-break suppressions in ICU's data for Italian ("dott.", "Sig.", "on.", "S.p.A."):
/// the list that the `it@ss=standard` sentence iterator applies, read from the system ICU once.
///
/// ICU matches these backwards from a full stop, over letters and periods, without asking where
/// the word starts. So "on." (onorevole) also holds the full stop of "Macron." and "Wilson.",
/// "ver." that of "Hannover.", "all." that of "Hall." and "ag." that of "flag.". `SentenceSegmenter`
/// reads the list to tell a suppression of the whole word from one of a word's tail.
enum ICUSentenceSuppressions {
    /// The Italian list (empty when ICU's data cannot be read: then no tail is recognised and ICU's
    /// answers stand as they are).
    static let italian: Set<String> = entries(locale: "it")

    /// The suppressions ICU's data lists for `locale`.
    static func entries(locale: String) -> Set<String> {
        var capacity: Int32 = 1024
        // Twice at most: the first call says how much room the list needs when 1 KB is not enough.
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            let needed = cicu_sentence_suppressions(locale, &buffer, capacity)
            guard needed >= 0 else { return [] }
            if needed <= capacity {
                let bytes = buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }
                return Set(bytes.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) })
            }
            capacity = needed
        }
        return []
    }
}
