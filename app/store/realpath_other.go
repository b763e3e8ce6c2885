//go:build !windows

package store

import "path/filepath"

// resolve returns the path of abs with every symbolic link followed.
func resolve(abs string) (string, error) { return filepath.EvalSymlinks(abs) }
