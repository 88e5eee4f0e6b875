package model

// Mark is what a reader keeps of an event: a star, a note, or both.
type Mark struct {
	Starred bool
	Note    string
}

// Empty reports whether the mark keeps nothing.
func (m Mark) Empty() bool { return !m.Starred && m.Note == "" }
