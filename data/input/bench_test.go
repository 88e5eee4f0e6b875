package input

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// repeater gives the same JSON Lines again and again up to n bytes, each record with its
// own id, without holding more than one record: a dump of any size at no disk cost.
type repeater struct {
	records []string
	n, off  int64
	i       int
	cur     string
}

func (r *repeater) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	if r.cur == "" {
		r.cur = fmt.Sprintf(`{"id": %d, `, r.i) + r.records[r.i%len(r.records)][1:] + "\n"
		r.i++
	}
	k := copy(p, r.cur)
	r.cur = r.cur[k:]
	r.off += int64(k)
	return k, nil
}

// peakHeap samples the live heap while f runs and returns its growth at the peak.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	f()
	close(stop)
	wg.Wait()
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// BenchmarkJSONLinesStream reads a 1 GB JSON Lines dump of ordinary articles (about 5 KB
// each) through the reader: memory stays bounded by one article, whatever the file's size.
func BenchmarkJSONLinesStream(b *testing.B) {
	body := strings.Repeat("Syrian government forces shelled the town on Friday, activists said. ", 70)
	records := []string{
		`{"time": "2012-05-25", "title": "Houla", "text": "` + body + `"}`,
		`{"date_publish": "2012-05-26 10:00:00", "maintext": "` + body + `", "source_domain": "example.org"}`,
	}
	const size = 1 << 30
	b.SetBytes(size)
	for b.Loop() {
		var n int
		peak := peakHeap(func() {
			r := &repeater{records: records, n: size}
			for it := range Read(context.Background(), Expand([]string{"-"}), Options{Stdin: r}) {
				if it.Err != nil {
					b.Fatal(it.Err)
				}
				n++
			}
		})
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(n), "articles")
	}
}
