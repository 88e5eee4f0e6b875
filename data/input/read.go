package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"storyline/data/article"
)

// htmlMaxSize bounds a saved web page: its markup, scripts and styles come on top of the
// article's own text, which keeps the article limit.
const htmlMaxSize = 4 * article.MaxSize

// readFile yields the items of one file. It returns false when the consumer stopped.
func readFile(ctx context.Context, f File, o Options, yield func(Item) bool) bool {
	name := displayName(f.Path)
	fail := func(err error) bool {
		var ae *article.Error
		if !errors.As(err, &ae) {
			err = &article.Error{Path: name, Msg: err.Error()}
		}
		return yield(Item{Err: err, Bytes: max(f.Size, 0)})
	}
	if f.Err != nil {
		return fail(f.Err)
	}
	var r io.Reader
	if f.Path == "-" {
		if o.Stdin == nil {
			return fail(errors.New("no standard input"))
		}
		r = o.Stdin
	} else {
		fh, err := os.Open(f.Path)
		if err != nil {
			return fail(reason(err))
		}
		defer fh.Close()
		r = fh
	}
	cr := &counter{r: r}
	src := io.Reader(cr)
	if f.Gzip {
		gz, err := gzip.NewReader(cr)
		if err != nil {
			return fail(errors.New("not gzip data, though the name ends in .gz"))
		}
		defer gz.Close()
		src = gz
	}
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(br.Size())
	kind, err := decide(f.Kind, head)
	if err != nil {
		return fail(err)
	}
	pathDate := dateFromPath(f.Path)
	switch kind {
	case JSONLines:
		return readLines(ctx, name, br, cr, pathDate, yield)
	case JSON:
		return readJSON(name, br, cr, pathDate, yield)
	}
	limit := int64(article.MaxSize)
	if kind == HTML {
		limit = htmlMaxSize
	}
	tooLarge := func(size string) bool {
		return fail(fmt.Errorf("%slarger than the %d MB limit for %s; storyline reads articles, not archives", size, limit>>20, kind))
	}
	if !f.Gzip && f.Size > limit { // known without reading it
		return tooLarge(fmt.Sprintf("%.0f MB is ", float64(f.Size)/(1<<20)))
	}
	raw, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return fail(readError(err))
	}
	if int64(len(raw)) > limit {
		return tooLarge("")
	}
	var a *article.Article
	if kind == HTML {
		a, err = FromHTML(name, raw)
	} else {
		a, err = article.Parse(name, raw)
	}
	if err != nil {
		return fail(err)
	}
	if a.PathDate.IsZero() {
		a.PathDate = pathDate
	}
	return yield(Item{Article: a, Bytes: cr.n})
}

// decide checks the kind a name claims against the content, or finds it from the content.
// Text that turns out to be a saved web page is read as one.
func decide(claimed Kind, head []byte) (Kind, error) {
	found := sniff(head)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch claimed {
	case Sniff:
		return found, nil
	case Text, Markdown:
		if found == HTML {
			return HTML, nil
		}
	case HTML:
		if found != HTML && !bytes.HasPrefix(trimmed, []byte("<")) {
			return 0, errors.New("not HTML: no markup at the start of the file")
		}
		return HTML, nil
	case JSONLines:
		if len(trimmed) > 0 && trimmed[0] != '{' {
			return 0, errors.New("not JSON Lines: the first line is not a JSON object")
		}
	case JSON:
		if len(trimmed) > 0 && trimmed[0] != '{' && trimmed[0] != '[' {
			return 0, errors.New("not JSON: it starts with neither { nor [")
		}
	}
	return claimed, nil
}

func displayName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

func readError(err error) error {
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("truncated or damaged compressed data")
	}
	return reason(err)
}

// counter counts the bytes read from a file as stored (compressed, if it is), which is
// what progress measures against the files' sizes.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
