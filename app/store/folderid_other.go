//go:build !unix && !windows

package store

// folderID returns "" where the OS gives no file identity: the store then
// locks by the real path (FolderKey) alone.
func folderID(dir string) (string, error) { return "", nil }
