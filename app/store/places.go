package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Places are the folders outside a workspace where Canopy keeps what must
// never sync or land in git: the lock, the backups and the trash. They are
// keyed by the workspace's absolute path.
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

// workspaceKey names a workspace's places: a readable part of its folder
// name and a digest of its absolute path, so that two workspaces with the
// same name never share a trash.
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

// LockFile returns the lock file of the workspace.
func (p Places) LockFile(abs string) string {
	return filepath.Join(p.Cache, "locks", workspaceKey(abs)+".lock")
}
