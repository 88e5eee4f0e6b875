package format

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"storyline/model"
)

// The benchmark corpora: documents of 2.5 to 5 KB with 25 events each, the shape of a
// corpus run; 100,000 events is a large one. 50,000 events keep the file under the 64 MB
// that the reader before streaming accepted, so both can be measured.
var benchSizes = []struct {
	name string
	docs int
}{{"events=50k", 2000}, {"events=100k", 4000}}

var benchTimelines sync.Map // docs -> *benchCorpus

type benchCorpus struct {
	tl   *model.Timeline
	file []byte
}

func benchData(docs int) *benchCorpus {
	if c, ok := benchTimelines.Load(docs); ok {
		return c.(*benchCorpus)
	}
	c := &benchCorpus{tl: synthTimeline(docs, 25)}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c.tl); err != nil {
		panic(err)
	}
	c.file = buf.Bytes()
	benchTimelines.Store(docs, c)
	return c
}

func BenchmarkWriteJSON(b *testing.B) {
	benchSizesRun(b, func(c *benchCorpus) (any, error) { return nil, WriteJSON(io.Discard, c.tl) })
}

func BenchmarkReadJSON(b *testing.B) {
	benchSizesRun(b, func(c *benchCorpus) (any, error) { return ReadJSON(bytes.NewReader(c.file)) })
}

// benchSizesRun times op on each corpus, in bytes of its file, then runs it once more to
// report the most heap it needed and, when it returns a result, what that result keeps:
// the floor under the peak, for a reader.
func benchSizesRun(b *testing.B, op func(*benchCorpus) (any, error)) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			c := benchData(size.docs)
			b.SetBytes(int64(len(c.file)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := op(c); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			var result any
			peak, kept := heapGrowth(func() any {
				result, _ = op(c)
				return result
			})
			b.ReportMetric(peak/1e6, "peak-heap-MB")
			if result != nil {
				b.ReportMetric(kept/1e6, "result-MB")
			}
		})
	}
}

// heapGrowth runs f once, sampling the heap every 100µs, and returns the most the heap
// held above what it held before f, and what is still live after a collection while f's
// result is held. The collector runs at GOGC=5 meanwhile, so that the peak is what f keeps
// live (within 5%) rather than garbage the default setting would let pile up to the size
// of the live heap. Sampling can miss a peak shorter than the interval; the figures here
// are of operations that take hundreds of milliseconds.
func heapGrowth(f func() any) (peak, kept float64) {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	runtime.GC()
	base := heap()
	most := base
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			most = max(most, heap())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	result := f()
	close(stop)
	<-done
	most = max(most, heap())
	runtime.GC()
	after := heap()
	runtime.KeepAlive(result)
	return float64(most - base), float64(after) - float64(base)
}
