package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"time"
	"unsafe"

	"storyline/data/article"
)

// Key identifies what an extraction depends on in the article: its text and the metadata
// its reader took from the input, and the --date fallback when the article declares no date.
// The path is left out, so the same article read from another folder or file is the same
// document. It is the store's key and, shortened, the document's ID.
func Key(a *article.Article, o Options) string {
	h := sha256.New()
	field(h, "v1")
	field(h, a.Title)
	field(h, a.Source)
	field(h, a.URL)
	dayField(h, a.Published)
	field(h, string(a.DateFrom))
	dayField(h, a.PathDate)
	if a.Published.IsZero() {
		dayField(h, o.Date)
	}
	field(h, strconv.FormatBool(a.Markdown))
	field(h, a.Body)
	return hex.EncodeToString(h.Sum(nil))
}

// DocumentID is the short form of a Key that names a document and prefixes its events'
// and quotes' IDs: 48 bits, so that a collision in a corpus of millions is unlikely.
func DocumentID(key string) string { return key[:12] }

// field writes a length-prefixed string, so that adjacent fields cannot run together. The
// string is hashed in place rather than copied: a hash reads what it is given and neither
// keeps nor changes it, and a copy of every article's body cost a tenth of the memory a
// whole extraction allocates.
func field(h hash.Hash, s string) {
	var n [20]byte
	h.Write(append(strconv.AppendInt(n[:0], int64(len(s)), 10), ':'))
	h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// dayField is field of the day of t, "2006-01-02", or of "" for no time, formatted on the
// stack.
func dayField(h hash.Hash, t time.Time) {
	var b [32]byte
	d := b[:0]
	if !t.IsZero() {
		d = t.AppendFormat(d, "2006-01-02")
	}
	field(h, unsafe.String(unsafe.SliceData(d), len(d)))
}
