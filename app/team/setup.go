package team

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// AttributesLine is the line of .gitattributes that hands the workspace's
// JSON files to Canopy's merge driver.
const AttributesLine = "*.json merge=canopy"

// DriverName is the name of the merge driver in git's configuration.
const DriverName = "canopy"

// Setup prepares the workspace folder dir, inside a git repository, for
// the field-level merge: it writes .gitattributes in dir (to be
// committed: it applies to the files under dir only, so a workspace in a
// sub-folder of a bigger repository leaves the rest alone) and registers
// the driver in the repository's own configuration (each clone needs it
// once: git never takes a driver from the repository). exe is the command
// that runs Canopy (see DriverCommand). Running it again changes nothing;
// it returns what it changed, one a line.
func Setup(dir, exe string) ([]string, error) {
	if !InRepo(dir) {
		return nil, fmt.Errorf("git setup: %s is not inside a git repository (run git init, or clone the plan, first)", dir)
	}
	var done []string
	file := filepath.Join(dir, ".gitattributes")
	old, err := os.ReadFile(file)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("git setup: %w", err)
	}
	if !hasLine(old, AttributesLine) {
		data := old
		if len(data) > 0 && !bytes.HasSuffix(data, []byte("\n")) {
			data = append(data, '\n')
		}
		data = append(data, AttributesLine+"\n"...)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return nil, fmt.Errorf("git setup: %w", err)
		}
		done = append(done, "wrote "+AttributesLine+" to .gitattributes (commit it)")
	}
	want := map[string]string{
		"merge." + DriverName + ".name":   "Canopy field-level merge",
		"merge." + DriverName + ".driver": exe + " merge-file %O %A %B %P",
	}
	for _, key := range []string{"merge." + DriverName + ".name", "merge." + DriverName + ".driver"} {
		got, _ := git(dir, nil, "config", "--local", "--get", key)
		if strings.TrimSpace(string(got)) == want[key] {
			continue
		}
		if _, err := git(dir, nil, "config", "--local", key, want[key]); err != nil {
			return done, fmt.Errorf("git setup: %w", err)
		}
		done = append(done, fmt.Sprintf("set %s = %s", key, want[key]))
	}
	return done, nil
}

// NeedsSetup reports whether dir is inside a git repository that lacks the
// attributes line or the driver: the window offers Setup once then.
func NeedsSetup(dir string) bool {
	if !InRepo(dir) {
		return false
	}
	data, _ := os.ReadFile(filepath.Join(dir, ".gitattributes"))
	got, err := git(dir, nil, "config", "--local", "--get", "merge."+DriverName+".driver")
	return !hasLine(data, AttributesLine) || err != nil || strings.TrimSpace(string(got)) == ""
}

func hasLine(data []byte, line string) bool {
	for l := range strings.SplitSeq(string(data), "\n") {
		if strings.TrimSpace(l) == line {
			return true
		}
	}
	return false
}

// DriverCommand returns how git should call this Canopy, chosen to
// survive updates: plain "canopy" when that name on the PATH is this very
// program (an update replaces the file the PATH finds), else the path
// this program was started by, symbolic links kept (a link such as
// /usr/local/bin/canopy keeps working when an update points it at a new
// version; resolving it would pin one version's folder). The path is
// quoted for the shell git runs drivers in, with forward slashes.
func DriverCommand() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("the path of this program: %w", err)
	}
	return driverCommand(exe, exec.LookPath, runtime.GOOS)
}

func driverCommand(exe string, lookPath func(string) (string, error), goos string) (string, error) {
	if onPath, err := lookPath("canopy"); err == nil {
		a, errA := os.Stat(onPath)
		b, errB := os.Stat(exe)
		if errA == nil && errB == nil && os.SameFile(a, b) {
			return "canopy", nil
		}
	}
	abs := exe // os.Executable's path is absolute
	if goos == "windows" {
		abs = strings.ReplaceAll(abs, `\`, "/")
	}
	return "'" + strings.ReplaceAll(abs, "'", `'\''`) + "'", nil
}
