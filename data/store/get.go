package store

import (
	"context"
	"database/sql"
	"errors"

	"storyline/model"
)

// readOnlyTx begins a deferred transaction: it reads one snapshot and never waits for a
// writer.
var readOnlyTx = &sql.TxOptions{ReadOnly: true}

// Get gives back the extraction Put stored under the key and extractor, with the
// document's Path left empty (the caller knows where it read the article this time), or
// false when there is none.
func (s *Store) Get(ctx context.Context, key, extractor string) (model.Extraction, bool, error) {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return model.Extraction{}, false, errClosed
	}
	if err := s.touch(ctx, extractor); err != nil {
		return model.Extraction{}, false, err
	}
	if x, ok := s.w.find(cacheKey{key, extractor}); ok {
		x.Document.Path = ""
		return x, true, nil
	}
	var (
		x         model.Extraction
		d         = &x.Document
		published sql.NullString
		origin    string
		lists     int64
		rows      [len(listColumns)]string
	)
	err := s.stmts.document.QueryRowContext(ctx, key, extractor).Scan(&d.ID, &d.Title, &d.Source, &d.URL,
		&published, &origin, &d.Body, &lists, &rows[0], &rows[1], &rows[2], &rows[3], &rows[4], &rows[5], &rows[6], &rows[7])
	if errors.Is(err, sql.ErrNoRows) {
		return model.Extraction{}, false, nil
	}
	if err != nil {
		return model.Extraction{}, false, s.fail(err)
	}
	d.DateOrigin = model.DateOrigin(origin)
	if d.Published, err = parseTimeColumn(published); err != nil {
		return model.Extraction{}, false, err
	}
	if err := decodeRows(&x, rows, lists); err != nil {
		return model.Extraction{}, false, err
	}
	return x, true, nil
}

// decodeRows reads the lists of a document's row, in the order of listColumns.
func decodeRows(x *model.Extraction, in [len(listColumns)]string, lists int64) error {
	d := &x.Document
	var errs []error
	has := func(i int) bool { return lists&(1<<i) != 0 }
	read := func(i int, each func(r *jsonReader)) {
		if in[i] == "[]" && !has(i) {
			return // a list the document does not have, as most have no things
		}
		r := jsonReader{s: in[i]}
		each(&r)
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
	read(0, func(r *jsonReader) {
		d.Timexes = rows(r, has(0), func(r *jsonReader) model.Timex {
			return model.Timex{Start: r.int(), End: r.int(), Text: r.str(), Type: r.str(), Value: r.str(), Mod: r.str()}
		})
	})
	read(1, func(r *jsonReader) {
		d.Mentions = rows(r, has(1), func(r *jsonReader) model.Mention {
			return model.Mention{Start: r.int(), End: r.int(), Text: r.str(), Actor: r.str()}
		})
	})
	read(2, func(r *jsonReader) {
		d.Quotes = rows(r, has(2), func(r *jsonReader) model.Quote {
			return model.Quote{ID: r.str(), Start: r.int(), End: r.int(), Text: r.str(), Speaker: r.str(),
				SpeakerStart: r.int(), SpeakerEnd: r.int(), Source: r.str(), Direct: r.bool()}
		})
	})
	read(3, func(r *jsonReader) {
		x.Actors = rows(r, has(3), func(r *jsonReader) model.Actor {
			return model.Actor{ID: r.str(), Name: r.str(), Kind: model.ActorKind(r.str()), Aliases: r.strs(), Roles: r.strs()}
		})
	})
	read(4, func(r *jsonReader) {
		x.Sources = rows(r, has(4), func(r *jsonReader) model.Source {
			return model.Source{ID: r.str(), Name: r.str(), Kind: r.str(), Aliases: r.strs()}
		})
	})
	read(5, func(r *jsonReader) {
		x.Events = rows(r, has(5), func(r *jsonReader) model.Event {
			return model.Event{ID: r.str(),
				When:     model.When{Start: r.time(), End: r.time(), Gran: model.ParseGranularity(r.str()), Mod: model.Mod(r.str())},
				DateText: r.str(), Title: r.str(), Text: r.str(), Doc: d.ID,
				Spans: r.spans(), Actors: r.strs(), Sources: r.strs(), Quotes: r.ints(), Places: r.lastStrs()}
		})
	})
	read(6, func(r *jsonReader) {
		x.Places = rows(r, has(6), func(r *jsonReader) model.Place {
			return model.Place{ID: r.str(), Name: r.str(), Kind: model.PlaceKind(r.str()), Country: r.str(),
				Lat: r.float(), Lon: r.float(), Located: r.bool(), Aliases: r.strs()}
		})
	})
	read(7, func(r *jsonReader) {
		x.Things = rows(r, has(7), func(r *jsonReader) string { return r.str() })
	})
	return errors.Join(errs...)
}
