package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf16"
)

// DataDir returns Canopy's folder for user data (the copy of the sample,
// and later backups and the trash): %AppData%\Canopy on Windows,
// ~/Library/Application Support/Canopy on macOS, and $XDG_DATA_HOME/canopy
// (by default ~/.local/share/canopy) elsewhere. It does not create it.
func DataDir() (string, error) {
	return dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir, os.UserConfigDir)
}

func dataDir(goos string, getenv func(string) string, home, config func() (string, error)) (string, error) {
	switch goos {
	case "windows", "darwin", "ios":
		dir, err := config()
		if err != nil {
			return "", fmt.Errorf("user data folder: %w", err)
		}
		return filepath.Join(dir, "Canopy"), nil
	}
	if x := getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "canopy"), nil
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("user data folder: %w", err)
	}
	if h == "" {
		return "", errors.New("user data folder: no home folder")
	}
	return filepath.Join(h, ".local", "share", "canopy"), nil
}

// FileRules are the rules of one OS's file system that the store follows.
// The store uses HostRules; tests pass another OS's rules in to check what
// happens there.
type FileRules struct {
	// OS is the GOOS the rules are for.
	OS string
	// FoldCase is set where names that differ only in case are one file
	// (Windows, and macOS by default).
	FoldCase bool
	// RetryRename is set where a rename fails for a moment while another
	// process (an antivirus, a sync client, the indexer) has the file open.
	RetryRename bool
	// SyncDir is set where a folder can be opened and flushed to disk.
	SyncDir bool
	// MaxPath is the longest path, in UTF-16 units, that the OS's plain
	// calls take (Windows' MAX_PATH less its NUL); a longer one needs the
	// `\\?\` form. Zero: no limit.
	MaxPath int
}

// RulesFor returns the file-system rules of the OS goos.
func RulesFor(goos string) FileRules {
	switch goos {
	case "windows":
		return FileRules{OS: goos, FoldCase: true, RetryRename: true, MaxPath: 259}
	case "darwin", "ios":
		return FileRules{OS: goos, FoldCase: true, SyncDir: true}
	}
	return FileRules{OS: goos, SyncDir: true}
}

// HostRules are the rules of the OS Canopy runs on.
var HostRules = RulesFor(runtime.GOOS)

// ExtendedPath returns p in a form the OS's calls take whatever its length:
// on Windows an absolute path longer than MaxPath becomes `\\?\C:\…` (or
// `\\?\UNC\server\share\…`); Go's own os package does this by itself, but
// calls made around it (MoveFileEx in the atomic replace) need it done.
// Other paths come back unchanged.
func (r FileRules) ExtendedPath(p string) string {
	if r.MaxPath == 0 || len(utf16.Encode([]rune(p))) <= r.MaxPath || strings.HasPrefix(p, `\\?\`) {
		return p
	}
	w := strings.ReplaceAll(p, "/", `\`)
	switch {
	case strings.HasPrefix(w, `\\`):
		return `\\?\UNC\` + w[2:]
	case len(w) >= 3 && w[1] == ':' && w[2] == '\\':
		return `\\?\` + w
	}
	return p // relative: the OS resolves it against the working folder
}

// FoldCollision is a pair of names in one folder that differ only in case:
// one file on Windows and macOS, two on Linux.
type FoldCollision struct {
	// First is the name that sorts first, Second the other.
	First, Second string
}

// foldCollisions returns the pairs of names that differ only in case, in
// the order of names. Each later name is paired with the first one it
// folds to.
func foldCollisions(names []string) []FoldCollision {
	seen := make(map[string]string, len(names))
	var out []FoldCollision
	for _, n := range names {
		k := strings.ToLower(n)
		if first, ok := seen[k]; ok {
			out = append(out, FoldCollision{First: first, Second: n})
			continue
		}
		seen[k] = n
	}
	return out
}
