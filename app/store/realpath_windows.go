//go:build windows

package store

import (
	"strings"
	"syscall"
	"unsafe"
)

var procGetFinalPathNameByHandle = syscall.NewLazyDLL("kernel32.dll").NewProc("GetFinalPathNameByHandleW")

// resolve returns the final path of the folder abs as Windows knows it:
// symbolic links and junctions followed, a subst or mapped drive replaced
// by the folder or share behind it, the `\\?\` prefix gone.
func resolve(abs string) (string, error) {
	p, err := syscall.UTF16PtrFromString(abs)
	if err != nil {
		return "", err
	}
	h, err := syscall.CreateFile(p, 0,
		syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE|syscall.FILE_SHARE_DELETE,
		nil, syscall.OPEN_EXISTING, syscall.FILE_FLAG_BACKUP_SEMANTICS, 0)
	if err != nil {
		return "", err
	}
	defer syscall.CloseHandle(h)
	buf := make([]uint16, 512)
	for {
		n, _, e := procGetFinalPathNameByHandle.Call(uintptr(h), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0)
		if n == 0 {
			return "", e
		}
		if int(n) < len(buf) {
			final := syscall.UTF16ToString(buf[:n])
			if rest, ok := strings.CutPrefix(final, `\\?\UNC\`); ok {
				return `\\` + rest, nil
			}
			return strings.TrimPrefix(final, `\\?\`), nil
		}
		buf = make([]uint16, n+1)
	}
}
