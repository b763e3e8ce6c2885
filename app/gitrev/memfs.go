package gitrev

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// memFS is a read-only tree of files held in memory: the files of one
// revision. A file may have no bytes when it is not needed (the store
// reuses its entity); reading it is then an error.
type memFS struct {
	files map[string]*memFile   // by slash-separated path
	dirs  map[string][]*memFile // the entries of each folder ("." is the root), sorted by name
}

type memFile struct {
	name string // base name
	data []byte
	have bool        // data was read
	mode fs.FileMode // fs.ModeDir, fs.ModeSymlink or 0
}

var (
	_ fs.ReadDirFS  = (*memFS)(nil)
	_ fs.ReadFileFS = (*memFS)(nil)
)

func newMemFS() *memFS {
	return &memFS{files: map[string]*memFile{}, dirs: map[string][]*memFile{".": nil}}
}

// add puts a file at p, making its folders.
func (m *memFS) add(p string, f *memFile) {
	f.name = path.Base(p)
	m.files[p] = f
	dir := path.Dir(p)
	if _, ok := m.dirs[dir]; !ok {
		m.add(dir, &memFile{mode: fs.ModeDir})
		m.dirs[dir] = nil
	}
	m.dirs[dir] = append(m.dirs[dir], f)
}

// sort puts each folder's entries in name order, as fs.ReadDir promises.
func (m *memFS) sort() {
	for _, es := range m.dirs {
		slices.SortFunc(es, func(a, b *memFile) int { return strings.Compare(a.name, b.name) })
	}
}

// ReadFile returns the bytes of the file at name.
func (m *memFS) ReadFile(name string) ([]byte, error) {
	f, ok := m.files[name]
	switch {
	case !ok:
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	case f.mode&fs.ModeSymlink != 0:
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("a symbolic link in the revision: Canopy does not follow it")}
	case f.mode.IsDir():
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a folder")}
	case !f.have:
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("not read from git")}
	}
	return f.data, nil
}

// ReadDir returns the entries of the folder at name, by name.
func (m *memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	es, ok := m.dirs[name]
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, len(es))
	for i, f := range es {
		out[i] = fs.FileInfoToDirEntry(f.info())
	}
	return out, nil
}

// Open opens the file or folder at name.
func (m *memFS) Open(name string) (fs.File, error) {
	if name == "." {
		return &openFile{f: &memFile{name: ".", mode: fs.ModeDir}, fsys: m, path: "."}, nil
	}
	f, ok := m.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	of := &openFile{f: f, fsys: m, path: name}
	if !f.mode.IsDir() {
		data, err := m.ReadFile(name)
		if err != nil {
			return nil, err
		}
		of.r = bytes.NewReader(data)
	}
	return of, nil
}

func (f *memFile) info() fs.FileInfo { return fileInfo{f} }

type fileInfo struct{ f *memFile }

func (i fileInfo) Name() string       { return i.f.name }
func (i fileInfo) Size() int64        { return int64(len(i.f.data)) }
func (i fileInfo) Mode() fs.FileMode  { return i.f.mode | 0o444 }
func (i fileInfo) ModTime() time.Time { return time.Time{} }
func (i fileInfo) IsDir() bool        { return i.f.mode.IsDir() }
func (i fileInfo) Sys() any           { return nil }

// openFile is an open file or folder of a memFS.
type openFile struct {
	f    *memFile
	fsys *memFS
	path string
	r    *bytes.Reader
	read bool // ReadDir was called
}

func (o *openFile) Stat() (fs.FileInfo, error) { return o.f.info(), nil }
func (o *openFile) Close() error               { return nil }

func (o *openFile) Read(b []byte) (int, error) {
	if o.r == nil {
		return 0, &fs.PathError{Op: "read", Path: o.path, Err: errors.New("is a folder")}
	}
	return o.r.Read(b)
}

// ReadDir returns every entry at once (n is ignored after the first call,
// which returns io.EOF when n > 0).
func (o *openFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if o.read && n > 0 {
		return nil, io.EOF
	}
	o.read = true
	return o.fsys.ReadDir(o.path)
}
