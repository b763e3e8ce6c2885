package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"

	"canopy/app"
)

// ErrNothingSaved is wrapped by a save that failed before changing any
// file: the workspace on disk is as it was, and the edits stay unsaved in
// memory, so a retry after the cause is fixed saves them once.
var ErrNothingSaved = errors.New("nothing was saved: the workspace on disk is as it was")

// Hooks of a save, for tests: stageWrite writes one staged file, staged
// runs once every file is staged, and beforeRename runs before each file
// is renamed into place or removed.
var (
	stageWrite   = writeTemp
	staged       = func() {}
	beforeRename = func(rel string) {}
)

// step is one file of a save: a new or replacing version staged beside it,
// or a removal.
type step struct {
	pending
	file string // the file in the workspace
	tmp  string // the staged new version; "" for a removal
	old  string // the staged copy of the version replaced; "" for none
	prev []byte // a removal's last version, for the trash
	done bool   // renamed into place, or removed
}

// write saves the entities with the given keys, all or nothing:
//
//  1. every new and replacing file is staged (a temporary file beside it,
//     flushed to disk); if one cannot be (a full disk, no permission), the
//     staged files are removed and nothing changes;
//  2. every file to be replaced or removed is checked against what the
//     store last read or wrote;
//  3. the files are renamed into place in reference order (files others
//     refer to first, removals last and in reverse), each checked again
//     just before its own rename, the version it replaces kept aside.
//
// A file another program changed, found at any point, stops the save: the
// renames already done are undone from the versions kept aside, and the
// error, a *ConflictError, names the files. Nothing of the other
// program's edit is overwritten. The order of step 3 keeps a crash
// part-way from leaving a reference to a file that is missing.
func (s *Store) write(ws *app.Workspace, keys []app.Key) (SaveResult, error) {
	var res SaveResult
	var puts []pending
	var dels []app.Key
	for _, k := range keys {
		e, ok := ws.Get(k)
		if !ok {
			dels = append(dels, k)
			continue
		}
		data, err := Encode(e)
		if err != nil {
			return res, fmt.Errorf("save: %w", err)
		}
		p := pending{key: k, rel: Path(k), data: data, sum: sha256.Sum256(data)}
		if old, ok := s.hashes[k]; ok && old == p.sum {
			ws.MarkSaved([]app.Key{k})
			continue
		}
		puts = append(puts, p)
	}
	slices.SortFunc(puts, func(a, b pending) int { return compareKeys(a.key, b.key) })
	slices.SortFunc(dels, compareKeys)
	puts = orderPuts(ws, puts)
	dels = s.orderDels(dels)
	var steps []*step
	for _, p := range puts {
		steps = append(steps, &step{pending: p, file: filepath.Join(s.dir, filepath.FromSlash(p.rel))})
	}
	for _, k := range dels {
		if _, known := s.hashes[k]; !known {
			ws.MarkSaved([]app.Key{k}) // never saved: nothing to remove
			continue
		}
		rel := Path(k)
		steps = append(steps, &step{pending: pending{key: k, rel: rel}, file: filepath.Join(s.dir, filepath.FromSlash(rel))})
	}
	if len(steps) == 0 {
		return res, nil
	}
	defer s.clearSteps(steps)

	// 1. Stage.
	made := map[string]bool{}
	for _, st := range steps {
		if st.data == nil {
			continue
		}
		if d := filepath.Dir(st.file); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return res, notSaved("make the folder of "+st.rel, err)
			}
			made[d] = true
		}
		tmp, err := stageWrite(st.file, st.data)
		if err != nil {
			return res, notSaved("write "+st.rel, err)
		}
		st.tmp = tmp
	}
	staged()

	// 2. Verify.
	if err := s.checkUnchanged(ws, puts, dels); err != nil {
		return res, err
	}

	// 3. Rename in order, each checked again.
	for _, st := range steps {
		beforeRename(st.rel)
		if err := s.commitStep(st); err != nil {
			if undo := s.rollback(steps); undo != nil {
				return res, fmt.Errorf("save: %w; undoing the files already written failed too: %w", err, undo)
			}
			var ce *ConflictError
			if errors.As(err, &ce) {
				return res, err
			}
			return res, notSaved("", err)
		}
	}

	// Committed: forget the old versions, flush the folders, record.
	synced := map[string]bool{}
	for _, st := range steps {
		if d := filepath.Dir(st.file); !synced[d] {
			synced[d] = true
			if err := syncDir(d); err != nil {
				return res, err
			}
		}
	}
	for _, st := range steps {
		if st.data == nil {
			delete(s.hashes, st.key)
			res.Removed = append(res.Removed, st.rel)
		} else {
			if _, existed := s.hashes[st.key]; !existed {
				s.dropFromTrash(st.key) // restored, or made again with the same ID
			}
			s.hashes[st.key] = st.sum
			s.places.rememberSaved(s.dir, st.rel, st.data)
			res.Written = append(res.Written, st.rel)
		}
		ws.MarkSaved([]app.Key{st.key})
	}
	for _, k := range dels {
		ws.MarkSaved([]app.Key{k})
	}
	return res, nil
}

// commitStep checks the file of st once more against what the store read,
// keeping its version aside, then renames the staged version into place or
// removes the file (after copying it to the trash).
func (s *Store) commitStep(st *step) error {
	want, known := s.hashes[st.key]
	if known {
		old, err := keepAside(st.file)
		if errors.Is(err, fs.ErrNotExist) {
			return &ConflictError{Files: []string{st.rel + " (removed)"}}
		}
		if err != nil {
			return fmt.Errorf("keep the version of %s being replaced: %w", st.rel, err)
		}
		st.old = old
		data, err := os.ReadFile(old)
		if err != nil {
			return fmt.Errorf("read %s: %w", st.rel, err)
		}
		if sha256.Sum256(data) != want {
			return &ConflictError{Files: []string{st.rel}}
		}
		if st.data == nil {
			st.prev = data // a removal's last version, for the trash
		}
	} else if _, err := os.Lstat(st.file); err == nil {
		return &ConflictError{Files: []string{st.rel + " (added)"}}
	}
	if st.data == nil {
		if err := s.toTrash(st.key, st.prev); err != nil {
			return fmt.Errorf("remove %s: %w", st.rel, err)
		}
		if err := os.Remove(st.file); err != nil {
			return fmt.Errorf("remove %s: %w", st.rel, err)
		}
		st.done = true
		return nil
	}
	if err := replace(st.tmp, st.file); err != nil {
		return fmt.Errorf("write %s: %w", st.rel, err)
	}
	st.tmp = ""
	st.done = true
	return nil
}

// keepAside returns a temporary file beside file holding its present
// version: a second name of the same file where the file system allows
// (no copy, no space), a copy otherwise. The second name is a link made
// under a fresh random name: no file is created and removed first, which
// on a folder of many files costs more than the save's own writing.
func keepAside(file string) (string, error) {
	dir := filepath.Dir(file)
	for range 100 {
		name := filepath.Join(dir, tempPrefix+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Link(file, name)
		switch {
		case err == nil:
			return name, nil
		case errors.Is(err, fs.ErrExist):
			continue // that name is taken: draw another
		case errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		break // no links here: copy
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// rollback undoes the steps done, last first: a replaced file gets its old
// version back, a new one is removed, a removed one comes back.
func (s *Store) rollback(steps []*step) error {
	var errs []error
	for i := len(steps) - 1; i >= 0; i-- {
		st := steps[i]
		if !st.done {
			continue
		}
		var err error
		switch {
		case st.old != "":
			if err = replace(st.old, st.file); err == nil {
				st.old = ""
			}
		default:
			err = os.Remove(st.file)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", st.rel, err))
			continue
		}
		st.done = false
	}
	for _, st := range steps {
		if st.old != "" && st.done {
			// Not undone: keep the old version where the user can find it.
			errs = append(errs, fmt.Errorf("the version of %s before this save is in %s", st.rel, st.old))
			st.old = ""
		}
	}
	return errors.Join(errs...)
}

// clearSteps removes what a save staged and did not use.
func (s *Store) clearSteps(steps []*step) {
	for _, st := range steps {
		if st.tmp != "" {
			os.Remove(st.tmp)
		}
		if st.old != "" {
			os.Remove(st.old)
		}
	}
}

// Windows error numbers of a full disk.
const (
	winHandleDiskFull = 39
	winDiskFull       = 112
)

// notSavedError is the error of a save that changed nothing on disk.
type notSavedError struct {
	msg   string
	cause error
}

func (e *notSavedError) Error() string   { return e.msg }
func (e *notSavedError) Unwrap() []error { return []error{e.cause, ErrNothingSaved} }

// notSaved says in plain words that a save failed doing what (writing
// items/item-x.json) and why where the OS says it (a full disk, a
// refusal), and that nothing was saved. The error wraps err and
// ErrNothingSaved. An empty what keeps err's own words.
func notSaved(what string, err error) error {
	var errno syscall.Errno
	full := errors.Is(err, syscall.ENOSPC) ||
		HostRules.OS == "windows" && errors.As(err, &errno) && (errno == winDiskFull || errno == winHandleDiskFull)
	why := err.Error()
	var pe *fs.PathError
	if what != "" && errors.As(err, &pe) {
		why = pe.Err.Error() // the OS's words, without the temporary file's path
	}
	var msg string
	switch {
	case what == "":
		msg = "save: " + why
	case full:
		msg = "save: the disk is full (" + what + ": " + why + ")"
	case errors.Is(err, fs.ErrPermission):
		msg = "save: permission denied (" + what + ": " + why + ")"
	default:
		msg = "save: " + what + ": " + why
	}
	return &notSavedError{msg: msg + "; " + ErrNothingSaved.Error(), cause: err}
}
