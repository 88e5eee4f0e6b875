package sample

import "encoding/json"

// Gold is the annotation in GoldJSON.
type Gold struct {
	Published string `json:"published"`
	Timexes   []struct {
		Text  string `json:"text"`
		Line  int    `json:"line"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"timexes"`
	Events []struct {
		ID       string   `json:"id"`
		Date     string   `json:"date"`
		Lines    []int    `json:"lines"`
		What     string   `json:"what"`
		Actors   []string `json:"actors"`
		KeyTerms []string `json:"key_terms"`
		Sources  []string `json:"sources"`
	} `json:"events"`
	Actors []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
	} `json:"actors"`
	NotActors []string `json:"not_actors"`
	Sources   []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
		Lines   []int    `json:"lines"`
	} `json:"sources"`
	Quotes []GoldQuote `json:"quotes"`
	Claims []GoldQuote `json:"claims"`
}

// GoldQuote is a direct quote or a reported claim in the annotation.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Source  string `json:"source"`
	Line    int    `json:"line"`
	Direct  bool   `json:"direct"`
	Starts  string `json:"starts"`
	Ends    string `json:"ends"`
}

// LoadGold parses GoldJSON.
func LoadGold() (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(GoldJSON, &g); err != nil {
		return nil, err
	}
	return &g, nil
}
