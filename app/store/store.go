package store

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/gofrs/flock"

	"canopy/app"
)

// Store ties a workspace in memory to its folder on disk. It remembers the
// digest of every file as last read or written, so that a save writes only
// what changed.
type Store struct {
	dir string
	// key is the folder's key (FolderKey) for its trash and backups.
	key    string
	places Places
	hashes map[app.Key]hash
	locks  []*flock.Flock
	// pendingHashes are the digests the last Rescan read, for Apply.
	pendingHashes map[app.Key]hash
}

// Dir returns the workspace folder.
func (s *Store) Dir() string { return s.dir }

// Open reads the workspace in dir, with its lock, trash and backups in the
// user's own folders (DefaultPlaces). See Load for the report. Open only
// reads: call Lock before editing.
func Open(dir string) (*Store, *app.Workspace, *Report, error) {
	p, err := DefaultPlaces()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", dir, err)
	}
	return OpenAt(dir, p)
}

// OpenAt is Open with the places given.
func OpenAt(dir string, p Places) (*Store, *app.Workspace, *Report, error) {
	return OpenAtWithProgress(dir, p, nil)
}

// OpenAtWithProgress is OpenAt telling progress, when not nil, how many of
// the workspace's files are read so far, for a window to show while a big
// workspace opens. The files are decoded on all cores either way.
func OpenAtWithProgress(dir string, p Places, progress Progress) (*Store, *app.Workspace, *Report, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", dir, err)
	}
	if err := HostRules.CheckName(dir); err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace: %w", err)
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace: %w", inWords(dir, err))
	} else if !fi.IsDir() {
		return nil, nil, nil, fmt.Errorf("open workspace %s: not a folder", HostRules.Typed(dir))
	}
	l, err := loadWith(os.DirFS(abs), abs, loadOptions{progress: progress})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", HostRules.Typed(dir), err)
	}
	key := FolderKey(abs)
	if err := p.adopt(abs, key); err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", dir, err)
	}
	return &Store{dir: abs, key: key, places: p, hashes: l.hashes}, l.ws, l.report, nil
}

// Create writes ws as a new workspace in dir, which must be missing or
// empty, and returns the store for later saves.
func Create(dir string, ws *app.Workspace) (*Store, error) {
	p, err := DefaultPlaces()
	if err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	return CreateAt(dir, ws, p)
}

// CreateAt is Create with the places given.
func CreateAt(dir string, ws *app.Workspace, p Places) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return nil, fmt.Errorf("create workspace: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("create workspace: %w", err)
	case len(entries) > 0:
		return nil, fmt.Errorf("create workspace %s: the folder is not empty", dir)
	}
	s := &Store{dir: abs, key: FolderKey(abs), places: p, hashes: map[app.Key]hash{}}
	keys := []app.Key{app.StrategyKey}
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			keys = append(keys, app.KeyOf(e))
		}
	}
	if err := s.createFiles(ws, keys); err != nil {
		return nil, fmt.Errorf("create workspace %s: %w (the folder holds no manifest: it is not a workspace; empty it and try again)", dir, err)
	}
	// The manifest last: a folder with one is complete.
	if _, err := s.write(ws, []app.Key{app.ProductKey}); err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	ws.MarkSaved(ws.Dirty())
	return s, nil
}

// createWorkers is how many files Create writes at once: each file is
// flushed to disk before its rename, and flushes overlap well.
const createWorkers = 8

// createPut writes one file of a new workspace; tests replace it to fail.
var createPut = writeFlushed

// createFiles writes the files of the entities with the given keys into a
// new workspace, several at a time, then flushes each folder once: nothing
// refers to them before the manifest exists, so their order does not
// matter.
func (s *Store) createFiles(ws *app.Workspace, keys []app.Key) error {
	type job struct {
		key  app.Key
		file string
		data []byte
	}
	jobs := make([]job, 0, len(keys))
	dirs := map[string]bool{}
	for _, k := range keys {
		e, ok := ws.Get(k)
		if !ok {
			continue
		}
		data, err := Encode(e)
		if err != nil {
			return err
		}
		file := filepath.Join(s.dir, filepath.FromSlash(Path(k)))
		if d := filepath.Dir(file); !dirs[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("make %s: %w", d, err)
			}
			dirs[d] = true
		}
		jobs = append(jobs, job{k, file, data})
	}
	var (
		mu    sync.Mutex
		first error
		next  = make(chan job)
		wg    sync.WaitGroup
	)
	for range createWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				if err := createPut(j.file, j.data); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, j := range jobs {
		mu.Lock()
		failed := first != nil
		mu.Unlock()
		if failed {
			break
		}
		next <- j
	}
	close(next)
	wg.Wait()
	if first != nil {
		return first
	}
	for d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	if err := syncDir(s.dir); err != nil {
		return err
	}
	for _, j := range jobs {
		s.hashes[j.key] = sha256.Sum256(j.data)
	}
	return nil
}

// SaveResult says what a save did.
type SaveResult struct {
	Written []string // files replaced or created, slash-separated
	Removed []string // files removed
}

// Save writes the entities changed since the last save whose bytes differ
// from the disk, and removes the files of deleted ones. Saving an unchanged
// workspace writes nothing. On error the entities not yet saved stay
// marked as changed, so a later save retries them.
func (s *Store) Save(ws *app.Workspace) (SaveResult, error) {
	if err := ws.ReadOnly(); err != nil {
		if len(ws.Dirty()) == 0 {
			return SaveResult{}, nil
		}
		return SaveResult{}, fmt.Errorf("save: %w: %w", app.ErrReadOnly, err)
	}
	return s.write(ws, ws.Dirty())
}

// kindOrder ranks kinds in the order files are written: the manifest, the
// strategy, then the kinds in app.Kinds order.
func kindOrder(k app.Kind) int {
	switch k {
	case app.KindProduct:
		return -2
	case app.KindStrategy:
		return -1
	}
	return slices.Index(app.Kinds, k)
}

func compareKeys(a, b app.Key) int {
	if c := cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// pending is one file a save will write.
type pending struct {
	key  app.Key
	rel  string
	data []byte
	sum  hash
}
