package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Places are the folders outside a workspace where Canopy keeps what must
// never sync or land in git: the lock, the backups and the trash. They are
// keyed by the workspace's folder key (FolderKey: its real path), the lock
// by the folder's identity (its device and inode, or volume and file ID).
type Places struct {
	// Data is the user data folder (see DataDir); the trash and backups
	// live under Data/workspaces/KEY/.
	Data string
	// Cache is the user cache folder; locks live under Cache/locks/.
	Cache string
}

// DefaultPlaces returns the places in the user's own folders.
func DefaultPlaces() (Places, error) {
	data, err := DataDir()
	if err != nil {
		return Places{}, err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return Places{}, fmt.Errorf("user cache folder: %w", err)
	}
	return Places{Data: data, Cache: filepath.Join(cache, "canopy")}, nil
}

// RealPath returns the folder dir resolves to: absolute, with every
// symbolic link (and, on Windows, substituted drive or `\\?\` prefix that
// the OS resolves) followed. Two spellings of one folder give one real
// path, except for letter case where the OS folds it (see FolderKey). A
// folder that cannot be resolved (missing, unreadable) comes back absolute
// and cleaned, as typed.
func RealPath(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	real, err := resolve(abs)
	if err != nil {
		return abs
	}
	return filepath.Clean(real)
}

// FolderKey returns what tells folders apart under the host's rules: the
// real path, in lower case where the OS folds case. Two spellings of one
// workspace have one key; the recent list and the places use it.
func FolderKey(dir string) string { return HostRules.folderKey(RealPath(dir)) }

// folderKey is FolderKey of a resolved path under the rules r.
func (r FileRules) folderKey(real string) string {
	if r.FoldCase {
		return strings.ToLower(real)
	}
	return real
}

// SameFolder reports whether a and b name one folder.
func SameFolder(a, b string) bool { return FolderKey(a) == FolderKey(b) }

// workspaceKey names a workspace's places: a readable part of its folder
// name and a digest of its path, so that two workspaces with the same name
// never share a trash. The trash and backups pass the folder's key
// (FolderKey); the legacy lock the path as typed.
func workspaceKey(abs string) string {
	sum := sha256.Sum256([]byte(filepath.Clean(abs)))
	base := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-' {
			return unicode.ToLower(r)
		}
		return '-'
	}, filepath.Base(abs))
	if len(base) > 32 {
		base = base[:32]
	}
	return base + "-" + hex.EncodeToString(sum[:8])
}

func (p Places) workspaceDir(abs string) string {
	return filepath.Join(p.Data, "workspaces", workspaceKey(abs))
}

// TrashDir returns the folder holding the deleted entities of the workspace.
func (p Places) TrashDir(abs string) string { return filepath.Join(p.workspaceDir(abs), "trash") }

// BackupDir returns the folder holding backups of the workspace.
func (p Places) BackupDir(abs string) string {
	return filepath.Join(p.workspaceDir(abs), "backups")
}

// LockFile returns the path-keyed lock file of the workspace at abs as
// typed: the one lock of older builds, still taken so that they see it.
func (p Places) LockFile(abs string) string {
	return filepath.Join(p.Cache, "locks", workspaceKey(abs)+".lock")
}

// IdentityLockFile returns the lock file of the folder with the identity
// id (see folderID): one lock whatever the spelling of the path.
func (p Places) IdentityLockFile(id string) string {
	return filepath.Join(p.Cache, "locks", "id-"+id+".lock")
}

// adopt moves the trash and backups that older builds kept under the path
// as typed (abs, and the real path where the key folds its case) to the
// folder key, so that nothing is orphaned when the key changes: on first
// open through a new build, or through another spelling of the folder.
// Where both places hold one file, the later one is kept.
func (p Places) adopt(abs, key string) error {
	if p.Data == "" {
		return nil
	}
	dest := p.workspaceDir(key)
	for _, old := range []string{abs, RealPath(abs)} {
		src := p.workspaceDir(old)
		if src == dest {
			continue
		}
		if _, err := os.Stat(src); err != nil {
			continue // nothing kept under that spelling
		}
		if err := moveTree(src, dest); err != nil {
			return fmt.Errorf("move the trash and backups of %s to their new place: %w", abs, err)
		}
	}
	return nil
}

// moveTree moves every file under src to the same place under dest, keeping
// the later of two, then removes the folders of src left empty.
func moveTree(src, dest string) error {
	if _, err := os.Stat(dest); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		return os.Rename(src, dest)
	}
	var dirs []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dest, rel)
		if d.IsDir() {
			dirs = append(dirs, path)
			return os.MkdirAll(to, 0o755)
		}
		if theirs, err := os.Stat(to); err == nil {
			mine, err := d.Info()
			if err != nil {
				return err
			}
			if !mine.ModTime().After(theirs.ModTime()) {
				return os.Remove(path)
			}
		}
		return os.Rename(path, to)
	})
	if err != nil {
		return err
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := os.Remove(dirs[i]); err != nil {
			return err
		}
	}
	return nil
}
