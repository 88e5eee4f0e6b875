package extract

import (
	"testing"
	"time"

	"storyline/data/article"
)

// A key names an article's extraction in every store written so far: the same article
// must get the same key from every version, or stores would extract it all again.
func TestKeysStayTheSame(t *testing.T) {
	dated := &article.Article{Title: "T", Source: "S", URL: "u", Published: time.Date(2015, 10, 7, 9, 30, 0, 0, time.UTC), Body: "Body text."}
	undated := &article.Article{Title: "T", Body: "Body text.", PathDate: time.Date(2014, 1, 2, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		a    *article.Article
		o    Options
		want string
	}{
		{dated, Options{}, "7e1fab9e52bb233310a4a0ecd0677cfe3e6d7b965537fc1e1034fa44ff06029a"},
		{undated, Options{Date: time.Date(2013, 5, 6, 0, 0, 0, 0, time.UTC)}, "30c0530cd8bfe81ccb546a5954ed626201d1718d3217f1e90a3061ab4b10fae4"},
	} {
		if got := Key(c.a, c.o); got != c.want {
			t.Errorf("Key(%q) = %s, want %s", c.a.Title, got, c.want)
		}
	}
}
