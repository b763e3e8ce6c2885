//go:build !windows && !darwin

package dialogs

// nativeSaveFile reports false: on Linux and the other systems the save
// dialog is Fyne's (the system's would need GTK through cgo).
func (s *Host) nativeSaveFile(name, ext string, then func(path string)) bool {
	return false
}
