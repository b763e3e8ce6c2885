package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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
