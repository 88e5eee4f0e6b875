package input

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"storyline/data/article"
	"storyline/data/format"
)

// A storyline timeline names its format version first, or, when a tool has sorted its
// keys, its actors; the timeline reader takes any order and says what is wrong.
var timelineStart = regexp.MustCompile(`^\s*\{\s*"(storyline|actors|documents|sources|events)"\s*:`)

// readJSON reads one JSON value: a storyline timeline (its documents come out extracted
// already), an array of article records, or one record.
func readJSON(name string, br *bufio.Reader, cr *counter, pathDate time.Time, yield func(Item) bool) bool {
	head, _ := br.Peek(512)
	fail := func(msg string) bool {
		return yield(Item{Err: &article.Error{Path: name, Msg: msg}, Bytes: cr.n})
	}
	if timelineStart.Match(head) {
		tl, err := format.ReadJSON(br)
		if err != nil {
			return fail(err.Error())
		}
		docs := tl.Extractions()
		for i := range docs {
			it := Item{Extraction: &docs[i]}
			if i == len(docs)-1 {
				it.Bytes = cr.n
			}
			if !yield(it) {
				return false
			}
		}
		return true
	}
	dec := json.NewDecoder(br)
	tok, err := dec.Token()
	if err != nil {
		return fail("not JSON: " + jsonProblem(err))
	}
	if tok != json.Delim('[') {
		// One object: an article record, or JSON from another program.
		raw, err := io.ReadAll(io.LimitReader(io.MultiReader(strings.NewReader("{"), dec.Buffered(), br), article.MaxSize+1))
		if err != nil {
			return fail(readError(err).Error())
		}
		a, err := recordArticle(name, raw, pathDate)
		if err != nil {
			return fail(foreign(err, raw))
		}
		return yield(Item{Article: a, Bytes: cr.n})
	}
	var reported int64
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fail(fmt.Sprintf("record %d: %s; the rest of the file is not read", n, jsonProblem(err)))
		}
		it := Item{}
		at := fmt.Sprintf("%s[%d]", name, n)
		if len(raw) > article.MaxSize {
			it.Err = &article.Error{Path: at, Msg: fmt.Sprintf("record larger than the %d MB limit for an article", article.MaxSize>>20)}
		} else {
			it.Article, it.Err = recordArticle(at, raw, pathDate)
		}
		it.Bytes, reported = cr.n-reported, cr.n
		if !yield(it) {
			return false
		}
	}
	return true
}

// foreign words the error for a JSON object that is no article: most often a file of
// another program, or of a storyline too old or too new to say what it is.
func foreign(err error, raw []byte) string {
	var ae *article.Error
	if !errors.As(err, &ae) {
		return err.Error()
	}
	if !json.Valid(raw) {
		return strings.Replace(ae.Msg, "not a JSON record", "not valid JSON", 1)
	}
	var probe struct {
		Storyline json.RawMessage `json:"storyline"`
		Documents json.RawMessage `json:"documents"`
		Events    json.RawMessage `json:"events"`
	}
	if json.Unmarshal(raw, &probe) == nil {
		switch {
		case len(probe.Storyline) > 0:
			return "a storyline timeline whose \"storyline\" version is not its first field; was it rewritten by another program?"
		case len(probe.Documents) > 0 && len(probe.Events) > 0:
			return "not a storyline timeline: it has no \"storyline\" format version"
		}
	}
	return "JSON from another program: not a storyline timeline, and " + ae.Msg
}
