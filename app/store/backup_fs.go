package store

import (
	"io/fs"
	"path"
	"slices"
)

// noGitFS is a folder's file system without its .git folders, for backups.
type noGitFS struct{ fsys fs.FS }

// withoutGit returns fsys without any folder named .git.
func withoutGit(fsys fs.FS) fs.FS { return noGitFS{fsys} }

func hidden(name string) bool {
	return slices.Contains(splitPath(name), ".git")
}

func splitPath(name string) []string {
	var out []string
	for name != "." && name != "" && name != "/" {
		out = append(out, path.Base(name))
		name = path.Dir(name)
	}
	return out
}

// Open opens name unless it lies in a .git folder.
func (f noGitFS) Open(name string) (fs.File, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return f.fsys.Open(name)
}

// ReadDir lists name without its .git folders.
func (f noGitFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	es, err := fs.ReadDir(f.fsys, name)
	return slices.DeleteFunc(es, func(e fs.DirEntry) bool { return e.Name() == ".git" }), err
}

// ReadLink reads a symbolic link, as the folder's file system does.
func (f noGitFS) ReadLink(name string) (string, error) {
	if hidden(name) {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrNotExist}
	}
	return fs.ReadLink(f.fsys, name)
}

// Lstat describes name without following a link, as the folder's file
// system does.
func (f noGitFS) Lstat(name string) (fs.FileInfo, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrNotExist}
	}
	return fs.Lstat(f.fsys, name)
}
