// cicu.h — ItalianNLP's stable C interface to the system ICU.
//
// This header deliberately includes no ICU header: Swift sees only these `cicu_` names, while
// shim.c includes <unicode/...> and calls ICU's version-suffixed symbols. Every object returned
// by a `_create` or `_clone` function must be released with the matching `_close`/`_free`.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Which ICU break iterator to build.
typedef enum {
    CICU_BREAK_WORD = 0,
    CICU_BREAK_SENTENCE = 1,
} cicu_break_kind;

/// An ICU break iterator together with the UText it iterates over (opaque).
typedef struct cicu_breaker cicu_breaker;

/// Builds a break iterator for `locale` ("it", "it@ss=standard"). Returns NULL on failure and
/// stores ICU's error code in `*error` (0 on success).
cicu_breaker *cicu_breaker_create(cicu_break_kind kind, const char *locale, int32_t *error);

/// A thread-confined copy of `prototype` (ICU iterators are not thread-safe).
cicu_breaker *cicu_breaker_clone(const cicu_breaker *prototype, int32_t *error);

/// Releases the iterator and its text.
void cicu_breaker_close(cicu_breaker *breaker);

/// Points the iterator at UTF-8 text (not copied: it must outlive the iteration). Returns an ICU
/// error code, 0 on success.
int32_t cicu_breaker_set_utf8(cicu_breaker *breaker, const char *text, int64_t length);

/// Points the iterator at UTF-16 text (not copied). Returns an ICU error code, 0 on success.
int32_t cicu_breaker_set_utf16(cicu_breaker *breaker, const uint16_t *text, int32_t length);

/// Fills up to `capacity` boundaries following the current position (offsets in code units of
/// the text that was set), with the rule status of the segment each boundary closes. Returns
/// how many were written; 0 means the end was reached.
int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int64_t *boundaries, int32_t *statuses,
                                int32_t capacity);

/// Moves to the first boundary after `offset` and returns it, or -1 at the end.
int64_t cicu_breaker_following(cicu_breaker *breaker, int64_t offset);

/// Moves to the first boundary after `offset` (which need not be a boundary) and fills it and up
/// to `capacity - 1` boundaries after it, as `cicu_breaker_next_batch` does; returns how many.
/// Lets a caller that skipped a stretch of text resume there instead of iterating through it.
int32_t cicu_breaker_following_batch(cicu_breaker *breaker, int64_t offset, int64_t *boundaries,
                                     int32_t *statuses, int32_t capacity);

/// Counts the boundaries of the whole text: the raw ICU baseline of the benchmarks.
int64_t cicu_breaker_count(cicu_breaker *breaker);

/// The normalisation forms the library uses.
typedef enum {
    CICU_NORM_NFC = 0,
    CICU_NORM_NFKC_CASEFOLD = 1,
} cicu_norm_form;

/// Returns 1 when the code point is unaffected by the normalisation form, in any context.
int32_t cicu_norm_is_inert(cicu_norm_form form, uint32_t code_point);

/// Returns 1 when a normalisation boundary lies before this code point.
int32_t cicu_norm_has_boundary_before(cicu_norm_form form, uint32_t code_point);

/// Sets bit `c % 64` of `inert[c / 64]` when code point c is inert (as `cicu_norm_is_inert`) and
/// of `boundary_before[c / 64]` when a boundary lies before it, for every c below `words * 64`
/// (the arrays hold `words` zeroed words; they stay zero when the normaliser is unavailable).
/// One call for a whole table: the normaliser is looked up once, not twice per code point.
void cicu_norm_fill_tables(cicu_norm_form form, uint64_t *inert, uint64_t *boundary_before, int32_t words);

/// Normalises UTF-16 `source` into `destination`. Returns the length needed (which may exceed
/// `capacity`; call again with a larger buffer), or -1 on error with the ICU code in `*error`.
int32_t cicu_normalize(cicu_norm_form form, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *error);

/// Writes the sentence-break suppressions ICU's data holds for `locale` ("it": the
/// `exceptions/SentenceBreak` list that `@ss=standard` applies, such as "dott." and "on.") into
/// `buffer` as UTF-8, each followed by a newline. Returns the number of bytes the whole list
/// needs (nothing is written past `capacity`; call again with a larger buffer when it is larger),
/// 0 when the locale has none, or -1 when ICU's data cannot be read.
int32_t cicu_sentence_suppressions(const char *locale, char *buffer, int32_t capacity);

/// ICU's version string ("72.1") into `buffer`.
void cicu_version(char *buffer, int32_t capacity);

/// ICU's name for an error code ("U_BUFFER_OVERFLOW_ERROR").
const char *cicu_error_name(int32_t error);

/// Asks the processor to bring the cache line at `address` in, without waiting for it (Swift has
/// no prefetch of its own): the tokenizer's form-cache probes are random reads whose addresses
/// are known a few tokens ahead. Never faults, whatever the address.
static inline void cicu_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

#ifdef __cplusplus
}
#endif

#endif
