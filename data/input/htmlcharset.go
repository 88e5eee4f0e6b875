package input

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// metaCharset finds a declared encoding anywhere near the top of a page: <meta
// charset="..."> or the http-equiv form. Saved pages often carry kilobytes of scripts
// before it, past the 1024 bytes the HTML standard's prescan reads; browsers switch to a
// late declaration all the same.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

const headWindow = 64 << 10

// decodePage turns a saved page into UTF-8 in composed form (NFC), so that "é" is one code
// point however the page spelt it. A byte-order mark decides the encoding. Failing that,
// bytes that are valid UTF-8 are read as UTF-8 whatever the page declares: pages re-saved
// as UTF-8 under an old declaration are common, and non-ASCII text in another encoding is
// almost never valid UTF-8 by chance. Otherwise the declared encoding is used, and
// windows-1252 when there is none, as browsers do. Bytes the encoding cannot map become
// U+FFFD.
func decodePage(raw []byte) string {
	var enc encoding.Encoding = charmap.Windows1252
	switch {
	case hasBOM(raw):
		enc, _, _ = charset.DetermineEncoding(raw, "")
	case utf8.Valid(raw):
		return norm.NFC.String(string(raw))
	default:
		if m := metaCharset.FindSubmatch(raw[:min(len(raw), headWindow)]); m != nil {
			if declared, _ := charset.Lookup(string(m[1])); declared != nil {
				enc = declared
			}
		}
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		out = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	return norm.NFC.String(strings.TrimPrefix(string(out), "\uFEFF"))
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(b, []byte("\xFE\xFF")) || bytes.HasPrefix(b, []byte("\xFF\xFE"))
}
