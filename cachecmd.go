package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"storyline/data/format"
	"storyline/data/store"
)

func newCacheCommand(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Show or clear the store of extracted articles",
		Long: `storyline keeps what it extracts from each article in a store in your cache folder, so
that opening the same articles again extracts only new or changed ones. --no-cache runs
without it.`,
		Args: cobra.NoArgs,
	}
	// withStore opens the store, reads what it holds, and runs f on both.
	withStore := func(f func(*cobra.Command, *store.Store, store.Info) error) func(*cobra.Command, []string) error {
		return func(cmd *cobra.Command, _ []string) error {
			path, err := store.DefaultPath()
			if err != nil {
				return fmt.Errorf("cache: no cache folder: %w", err)
			}
			st, err := store.Open(cmd.Context(), path)
			if err != nil {
				return err
			}
			defer st.Close()
			if n := st.Notice(); n != "" {
				fmt.Fprintln(e.stderr, "storyline: "+n)
			}
			in, err := st.Info(cmd.Context())
			if err != nil {
				return err
			}
			return f(cmd, st, in)
		}
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "info",
		Short: "Say where the store is and what it holds",
		Args:  cobra.NoArgs,
		RunE: withStore(func(_ *cobra.Command, _ *store.Store, in store.Info) error {
			w := e.stdout
			fmt.Fprintf(w, "store     %s\n", in.Path)
			fmt.Fprintf(w, "size      %s\n", size(in.Size))
			fmt.Fprintf(w, "schema    %d\n", in.Schema)
			fmt.Fprintf(w, "articles  %d\n", in.Documents)
			fmt.Fprintf(w, "corpora   %s kept whole for a quick reopen (%s)\n", format.Plural(in.Snapshots, "timeline", "timelines"), size(in.SnapBytes))
			if !in.LastUsed.IsZero() {
				fmt.Fprintf(w, "last used %s\n", in.LastUsed.Local().Format(time.DateTime))
			}
			for i, x := range in.Extractors {
				label := "builds   "
				if i > 0 {
					label = "         "
				}
				fmt.Fprintf(w, "%s %s  %d articles, last used %s\n", label, x.Extractor, x.Documents, x.LastUsed.Local().Format(time.DateOnly))
			}
			return nil
		}),
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "clear",
		Short: "Forget every extracted article",
		Args:  cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, st *store.Store, before store.Info) error {
			if err := st.Clear(cmd.Context()); err != nil {
				return err
			}
			after, _ := st.Info(cmd.Context())
			fmt.Fprintf(e.stdout, "cleared %d articles from %s (%s freed)\n", before.Documents, before.Path, size(before.Size-after.Size))
			return nil
		}),
	})
	return cmd
}

// size is "12.3 MB".
func size(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", max(n, 0))
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
