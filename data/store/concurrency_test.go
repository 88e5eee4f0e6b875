package store

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"storyline/data/article"
)

// Two Stores on one file have separate connection pools, as two storyline processes
// would. Workers of both put and get the same articles at once: nothing fails, nothing
// is stored twice, and every Get gives back exactly what was put.
func TestTwoStoresShareOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	stores := []*Store{openAt(t, path), openAt(t, path)}
	all := extractAll(t, append(meantimeArticles(t), sampleArticle(t)))
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 8 {
		s := stores[w%2]
		wg.Go(func() {
			for i := range all {
				k := all[(i+w*7)%len(all)] // each worker in its own order, so that they collide
				x, ok, err := s.Get(ctx, k.key, testExtractor)
				switch {
				case err != nil:
					errs <- err
					return
				case ok && !reflect.DeepEqual(x, k.x):
					errs <- fmt.Errorf("worker %d: Get %s differs: %s", w, k.x.Document.ID, diff(x, k.x))
					return
				case !ok:
					if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, s := range stores {
		for _, k := range all {
			same(t, s, k, testExtractor)
		}
	}
	in, err := stores[0].Info(ctx)
	if err != nil || in.Documents != len(all) {
		t.Errorf("Info: %d documents, %v; want %d", in.Documents, err, len(all))
	}
	integrity(t, stores[1])
}

// Storylines started at once all create and migrate the same new store: one migrates,
// the others find it done, none takes the new file for a bad one.
func TestOpenAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storyline", "store.db")
	stores := make([]*Store, 6)
	errs := make([]error, len(stores))
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(context.Background(), path) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		defer s.Close()
		if s.Notice() != "" {
			t.Errorf("notice: %s", s.Notice())
		}
	}
	putSample(t, stores[0])
	if _, err := os.Stat(path + ".bad"); err == nil {
		t.Error("a new store was moved aside")
	}
}

// childEnv names the store a child process works on; see TestMain.
const childEnv = "STORYLINE_STORE_TEST_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		if err := otherProcess(path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestTwoProcesses runs this test binary a second time as another storyline would run
// beside this one, both putting and getting the same articles, and clearing the store in
// the middle of it.
func TestTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a second process")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "store.db")
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The child says when it has opened the store, so that the two work at the same time
	// however long it takes to start.
	if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
		t.Fatalf("the other process did not start: %v\n%s", err, stderr.Bytes())
	}
	if err := otherProcess(path); err != nil {
		t.Error("this process:", err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("the other process: %v\n%s", err, stderr.Bytes())
	}
	integrity(t, openAt(t, path))
}

// otherProcess is one of two processes: it opens the store and puts and gets articles
// many times over, checking what it gets.
func otherProcess(path string) error {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	if os.Getenv(childEnv) != "" {
		fmt.Println("ready")
	}
	var arts []*article.Article
	for name, text := range map[string]string{
		"a.txt": "2015-10-07\nRussia said on Wednesday that its jets struck 12 targets. \"We will go on,\" Sergei Shoigu said.",
		"b.txt": "2016-01-02\nThe talks in Geneva collapsed on Friday, the United Nations said.",
		"c.txt": "2011-03-19\nFrench jets struck Libyan tanks near Benghazi on Saturday, Reuters reported.",
	} {
		a, err := article.Parse(name, []byte(text))
		if err != nil {
			return err
		}
		arts = append(arts, a)
	}
	all, err := extractArticles(arts)
	if err != nil {
		return err
	}
	// Keys repeat every 50 rounds, so that the two processes put and get the same ones;
	// each works for two seconds, so that they overlap however long the other takes to
	// start.
	cleared := os.Getenv(childEnv) == "" // only the child clears
	start := time.Now()
	for round := 0; time.Since(start) < 2*time.Second; round++ {
		if !cleared && time.Since(start) > time.Second {
			if err := s.Clear(ctx); err != nil {
				return fmt.Errorf("clear: %w", err)
			}
			cleared = true
		}
		for _, k := range all {
			key := fmt.Sprintf("%s-%d", k.key, round%50)
			x, ok, err := s.Get(ctx, key, testExtractor)
			if err != nil {
				return fmt.Errorf("round %d: get: %w", round, err)
			}
			if ok && !reflect.DeepEqual(x, k.x) {
				return fmt.Errorf("round %d: Get %s differs: %s", round, k.x.Document.ID, diff(x, k.x))
			}
			if !ok {
				if err := s.Put(ctx, key, testExtractor, k.x); err != nil {
					return fmt.Errorf("round %d: put: %w", round, err)
				}
			}
		}
	}
	return nil
}

func integrity(t *testing.T, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %s, %v", res, err)
	}
	var orphans int
	if err := s.db.QueryRow("SELECT count(*) FROM pragma_foreign_key_check").Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("foreign_key_check: %d rows, %v", orphans, err)
	}
}

// A run cancelled while a worker waits on a silent pipe closes its store with workers
// still asking: their Gets and Puts after Close fail with an error, never a panic.
func TestUseWhileClosing(t *testing.T) {
	s := openTemp(t)
	all := extractAll(t, meantimeArticles(t))
	ctx := context.Background()
	var wg sync.WaitGroup
	started := make(chan struct{})
	var once sync.Once
	for w := range 4 {
		wg.Go(func() {
			for i := range 200 {
				k := all[(i+w)%len(all)]
				_, ok, err := s.Get(ctx, k.key, testExtractor)
				once.Do(func() { close(started) })
				if err == nil && !ok {
					s.Put(ctx, k.key, testExtractor, k.x)
				}
			}
		})
	}
	<-started
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if _, _, err := s.Get(ctx, all[0].key, testExtractor); err == nil {
		t.Error("Get after Close: no error")
	}
	if err := s.Put(ctx, all[0].key, testExtractor, all[0].x); err == nil {
		t.Error("Put after Close: no error")
	}
	if err := s.Close(); err == nil {
		t.Error("second Close: no error")
	}
}
