package input

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File is one file to read.
type File struct {
	Path string // as given or found; "-" is standard input
	Kind Kind
	Gzip bool
	Size int64     // bytes on disk; -1 when unknown
	Mod  time.Time // when it last changed, as the file system says
	Err  error     // why it cannot be read at all; it is still reported in its place
}

// Plan is the files a run reads, in a stable order: the paths as given, each folder's
// files sorted by name.
type Plan struct {
	Files   []File
	Ignored []string // files of other kinds met in folders, not read
}

// Size is the total size of the files, or -1 when one is unknown (standard input).
func (p Plan) Size() int64 {
	var n int64
	for _, f := range p.Files {
		if f.Size < 0 {
			return -1
		}
		n += f.Size
	}
	return n
}

// Expand turns the paths given on the command line into the files to read. Folders are
// walked recursively, in name order, following symbolic links but never back into a
// folder above (so a link loop ends); hidden files and folders are skipped, and files of
// no known kind are listed as ignored. A path given by name is read whatever its
// extension, by content.
func Expand(paths []string) Plan {
	var p Plan
	for _, path := range paths {
		if path == "-" {
			p.Files = append(p.Files, File{Path: path, Size: -1})
			continue
		}
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			p.Files = append(p.Files, File{Path: path, Err: reason(err)})
		case fi.IsDir():
			p.walk(path, []os.FileInfo{fi})
		default:
			k, gz, _ := kindOf(path)
			p.Files = append(p.Files, File{Path: path, Kind: k, Gzip: gz, Size: fi.Size(), Mod: fi.ModTime()})
		}
	}
	return p
}

func (p *Plan) walk(dir string, above []os.FileInfo) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		p.Files = append(p.Files, File{Path: dir, Err: reason(err)})
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		fi, err := os.Stat(path)
		if err != nil {
			if e.Type()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
				err = errors.New("a symbolic link to nothing")
			}
			p.Files = append(p.Files, File{Path: path, Err: reason(err)})
			continue
		}
		switch {
		case fi.IsDir():
			if !within(above, fi) {
				p.walk(path, append(above, fi))
			}
		case fi.Mode().IsRegular():
			if k, gz, known := kindOf(path); known {
				p.Files = append(p.Files, File{Path: path, Kind: k, Gzip: gz, Size: fi.Size(), Mod: fi.ModTime()})
			} else {
				p.Ignored = append(p.Ignored, path)
			}
		}
	}
}

// within reports whether a folder is one of those the walk is already inside.
func within(above []os.FileInfo, fi os.FileInfo) bool {
	for _, a := range above {
		if os.SameFile(a, fi) {
			return true
		}
	}
	return false
}

// reason drops the path from an os error: the message names the path itself.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
