package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"storyline/data/article"
)

// readLines streams a JSON Lines dump, one record per line, holding one line at a time:
// memory is bounded by the largest article, not by the file. A bad line is skipped with
// its number.
func readLines(ctx context.Context, name string, br *bufio.Reader, cr *counter, pathDate time.Time, yield func(Item) bool) bool {
	var buf []byte
	var reported int64
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		line, tooLong, err := readLine(br, buf[:0], article.MaxSize)
		buf = line
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			at := fmt.Sprintf("%s:%d", name, n)
			it := Item{}
			if tooLong {
				it.Err = &article.Error{Path: at, Msg: fmt.Sprintf("line larger than the %d MB limit for an article", article.MaxSize>>20)}
			} else {
				it.Article, it.Err = recordArticle(at, line, pathDate)
			}
			it.Bytes, reported = cr.n-reported, cr.n
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Item{Err: &article.Error{Path: fmt.Sprintf("%s:%d", name, n), Msg: readError(err).Error() + "; the rest of the file is not read"}})
		}
	}
}

// readLine reads one line into buf, without its end. A line longer than limit is read to
// its end and dropped: tooLong says so.
func readLine(br *bufio.Reader, buf []byte, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}
