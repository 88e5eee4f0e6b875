package main

// openCache and closeCache connect the run to the store of extractions.
func (s *source) openCache() {}

func (s *source) closeCache() {}
