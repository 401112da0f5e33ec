/// The tokenizer's ICU iterators, one of each kind per thread, kept between calls.
///
/// Cloning an iterator from its prototype and closing it again cost more than tokenising a
/// short document's words; a stream of documents (a tweet, a paragraph, an article at a time)
/// now pays it once per thread. An iterator is moved out for the length of a call and moved back
/// (`ThreadLocalSlot`), so no two calls share one; each call sets its own text, and the text
/// pointer a returned iterator still holds is never read again before the next `setText`.
enum ThreadBreakIterators {
    private static let words = ThreadLocalSlot<ICUBreakIterator>()
    private static let sentences = ThreadLocalSlot<ICUBreakIterator>()

    /// The thread's word iterator, or a fresh clone (nil if ICU failed).
    static func takeWords() -> ICUBreakIterator? {
        words.take() ?? ICUBreakIterator.make(.italianWords)
    }

    /// The thread's sentence iterator, or a fresh clone (nil if ICU failed).
    static func takeSentences() -> ICUBreakIterator? {
        sentences.take() ?? ICUBreakIterator.make(.italianSentences)
    }

    /// Puts a word iterator back for the thread's next call.
    static func giveWords(_ iterator: ICUBreakIterator?) {
        if let iterator { words.give(iterator) }
    }

    /// Puts a sentence iterator back for the thread's next call.
    static func giveSentences(_ iterator: ICUBreakIterator?) {
        if let iterator { sentences.give(iterator) }
    }
}
