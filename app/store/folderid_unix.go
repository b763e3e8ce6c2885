//go:build unix

package store

import (
	"fmt"
	"os"
	"syscall"
)

// folderID returns the identity of the folder dir: its device and inode,
// the same through every symbolic link or bind mount that reaches it.
func folderID(dir string) (string, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return "", err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return "", fmt.Errorf("%s: no device and inode", dir)
	}
	return fmt.Sprintf("%x-%x", uint64(st.Dev), uint64(st.Ino)), nil
}
