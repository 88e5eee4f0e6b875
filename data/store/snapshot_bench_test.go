package store

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"storyline/model/modeltest"
)

// BenchmarkSnapshotOpen is opening a corpus again from its snapshot: reading it from the
// store and decoding the timeline, at 10,000, 100,000 and 1,000,000 events. heap-B/event
// is what the timeline then holds per event, its articles' text included.
func BenchmarkSnapshotOpen(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := openTemp(b)
			tl := modeltest.News(n)
			if err := st.PutSnapshot(ctx, "corpus", testExtractor, "inputs", EncodeTimeline(tl, "")); err != nil {
				b.Fatal(err)
			}
			tl = nil
			open := func() any {
				data, _, _, err := st.GetSnapshot(ctx, "corpus", testExtractor)
				if err != nil {
					b.Fatal(err)
				}
				got, _, err := DecodeTimeline(data)
				if err != nil {
					b.Fatal(err)
				}
				return got
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			kept := open()
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(kept)
			kept = nil
			b.ResetTimer()
			for b.Loop() {
				open()
			}
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "heap-B/event")
		})
	}
}
