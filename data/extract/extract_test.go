package extract

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"storyline/data/article"
	"storyline/data/eval/corpus"
	"storyline/data/sample"
	"storyline/model"
)

// Workers extract articles side by side, each step reusing buffers from pools (the
// Doc, the tagger, recognizer, finder and scope, Document's own lists): extracting the
// same articles on several goroutines at once, each starting from another one, gives
// what one goroutine gives, article for article.
func TestDocumentsInParallelAlike(t *testing.T) {
	a, err := article.Parse(sample.Name, sample.Article)
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{a}
	files, _ := filepath.Glob(filepath.Join("..", "eval", "testdata", "meantime-apple", "*.xml"))
	for _, f := range files {
		if d, err := corpus.ReadMEANTIME(f); err == nil {
			arts = append(arts, &article.Article{Path: f, Published: d.DCT, Body: d.Text})
		}
	}
	brat, _ := filepath.Glob(filepath.Join("..", "eval", "testdata", "brat", "*", "*.txt"))
	for _, f := range brat {
		if raw, err := os.ReadFile(f); err == nil {
			arts = append(arts, &article.Article{Path: f, Body: string(raw)})
		}
	}
	ctx := context.Background()
	want := make([]model.Extraction, len(arts))
	for i, a := range arts {
		if want[i], err = Document(ctx, a, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(arts))
	for w := range workers {
		wg.Go(func() {
			for k := range arts {
				i := (k + w*len(arts)/workers) % len(arts)
				got, err := Document(ctx, arts[i], Options{})
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					errs <- arts[i].Path
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: extracted otherwise on a worker", p)
	}
}
