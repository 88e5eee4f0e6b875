package extract

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"os"
	"strconv"
	"sync"
)

// Version is the layout of an Extraction as stored; bump it when the fields change.
const Version = 3

// Extractor names the code and data that made an extraction, for the store: results made
// by another build of storyline, or with other gazetteers, are never reused. The build is
// named by the Go build ID of the running executable, which changes with any change of
// code or embedded resource and not otherwise, so no hand-kept version can go stale.
func Extractor(gazetteers string) string {
	h := sha256.New()
	field(h, strconv.Itoa(Version))
	field(h, buildID())
	field(h, gazetteers)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

var buildID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	if id := elfBuildID(exe); id != "" {
		return id
	}
	// Other executable formats: a hash of the whole file says the same, more slowly.
	f, err := os.Open(exe)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))
})

// elfBuildID reads the note in which the Go linker records the build ID.
func elfBuildID(exe string) string {
	f, err := elf.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return ""
	}
	b, err := s.Data()
	if err != nil || len(b) < 16 {
		return ""
	}
	namesz, descsz := f.ByteOrder.Uint32(b), f.ByteOrder.Uint32(b[4:])
	off := 12 + (int(namesz)+3)&^3
	if off+int(descsz) > len(b) || descsz == 0 {
		return ""
	}
	return string(b[off : off+int(descsz)])
}
