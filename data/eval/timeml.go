package eval

import "storyline/data/eval/corpus"

// TimeML scores the time-expression engine on TimeML files (.tml: TimeBank, AQUAINT,
// TempEval-3) found under paths, with each document's own creation time as DCT.
func TimeML(paths []string, o Options) error {
	files, err := corpus.Files(paths, ".tml")
	if err != nil {
		return err
	}
	var docs []*corpus.Doc
	for _, f := range files {
		doc, err := corpus.ReadTimeML(f)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
	}
	scoreTimexDocs("TimeML", docs, o)
	return nil
}
