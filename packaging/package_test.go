//go:build packaging

// The packages `make packages` builds, checked: the Linux
// archive installs with its own Makefile and the installed app starts; the
// Windows program is a 64-bit GUI executable with its icon and version.
// Run by `make test` after `make packages`:
//
//	go test -tags packaging ./packaging/ -dist DIR -version VERSION

package packaging

import (
	"bufio"
	"bytes"
	"context"
	"debug/pe"
	"encoding/binary"
	"flag"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"canopy/internal/xvfb"
)

var (
	distDir = flag.String("dist", "../dist", "the folder `make packages` wrote into")
	version = flag.String("version", "", "the version the packages must carry (FyneApp.toml's)")
)

const appID = "dev.canopy.app"

var iconSizes = []int{16, 24, 32, 48, 64, 128, 256, 512}

func wantVersion(t *testing.T) string {
	t.Helper()
	if *version == "" {
		t.Fatal("-version is required")
	}
	return *version
}

// unpack extracts the Linux archive into a temporary folder and returns the
// package's folder.
func unpack(t *testing.T) string {
	t.Helper()
	name := "canopy-" + wantVersion(t) + "-linux-amd64"
	archive := filepath.Join(*distDir, name+".tar.xz")
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("unpack %s: %v\n%s", archive, err, out)
	}
	return filepath.Join(dir, name)
}

// desktopEntry reads a .desktop file's [Desktop Entry] keys.
func desktopEntry(t *testing.T, file string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	group := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Errorf("%s: %q is no key=value line", file, line)
			}
			keys[k] = v
		}
	}
	return keys
}

// checkInstalled checks what an install under prefix holds: the binary,
// the desktop entry naming it, and every icon.
func checkInstalled(t *testing.T, prefix string) {
	t.Helper()
	bin := filepath.Join(prefix, "bin", "canopy")
	if fi, err := os.Stat(bin); err != nil || fi.Mode()&0o111 == 0 {
		t.Fatalf("installed binary: %v (mode %v)", err, fi)
	}
	entry := desktopEntry(t, filepath.Join(prefix, "share", "applications", appID+".desktop"))
	want := map[string]string{"Type": "Application", "Name": "Canopy", "Exec": bin + " %f", "Icon": appID,
		"Categories": "Office;ProjectManagement;"}
	for k, v := range want {
		if entry[k] != v {
			t.Errorf("desktop entry %s = %q, want %q", k, entry[k], v)
		}
	}
	for _, n := range iconSizes {
		file := filepath.Join(prefix, "share", "icons", "hicolor", fmt.Sprintf("%dx%d", n, n), "apps", appID+".png")
		f, err := os.Open(file)
		if err != nil {
			t.Error(err)
			continue
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != n || cfg.Height != n {
			t.Errorf("%s: %d×%d, %v; want a %d-pixel PNG", file, cfg.Width, cfg.Height, err, n)
		}
	}
	if _, err := os.Stat(filepath.Join(prefix, "share", "icons", "hicolor", "scalable", "apps", appID+".svg")); err != nil {
		t.Error(err)
	}
}

func TestLinuxPackageInstalls(t *testing.T) {
	pkg := unpack(t)
	home := t.TempDir()
	for _, tt := range []struct {
		target, prefix string
	}{
		{"install", filepath.Join(t.TempDir(), "usr", "local")}, // as `sudo make install`, elsewhere
		{"user-install", filepath.Join(home, ".local")},
	} {
		args := []string{"-C", pkg, tt.target}
		if tt.target == "install" {
			args = append(args, "PREFIX="+tt.prefix)
		}
		cmd := exec.Command("make", args...)
		cmd.Env = append(os.Environ(), "HOME="+home)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("make %s: %v\n%s", tt.target, err, out)
		}
		checkInstalled(t, tt.prefix)
		out, err := exec.Command(filepath.Join(tt.prefix, "bin", "canopy"), "--version").Output()
		if want := "canopy " + wantVersion(t) + "\n"; err != nil || string(out) != want {
			t.Errorf("installed canopy --version = %q, %v; want %q", out, err, want)
		}
	}
	// user-uninstall leaves nothing of Canopy's behind.
	cmd := exec.Command("make", "-C", pkg, "user-uninstall")
	cmd.Env = append(os.Environ(), "HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make user-uninstall: %v\n%s", err, out)
	}
	filepath.Walk(home, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() && !strings.HasSuffix(p, ".cache") && !strings.Contains(p, "icon-theme.cache") && !strings.Contains(p, "mimeinfo.cache") {
			t.Errorf("left after user-uninstall: %s", p)
		}
		return nil
	})
}

// The installed app opens its window on a workspace under a virtual display.
func TestInstalledAppStartsUnderXvfb(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (scripts/deps.sh test installs it): %v", tool, err)
		}
	}
	pkg := unpack(t)
	prefix := filepath.Join(t.TempDir(), "prefix")
	if out, err := exec.Command("make", "-C", pkg, "install", "PREFIX="+prefix).CombinedOutput(); err != nil {
		t.Fatalf("make install: %v\n%s", err, out)
	}
	bin := filepath.Join(prefix, "bin", "canopy")
	display := xvfb.Start(t)

	home := t.TempDir()
	env := append(os.Environ(), "HOME="+home, "XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"DISPLAY="+display, "LANG=en_US.UTF-8")
	ws := filepath.Join(home, "Plans")
	sample := exec.Command(bin, "sample", ws, "--today", "2026-11-27")
	sample.Env = env
	if out, err := sample.CombinedOutput(); err != nil {
		t.Fatalf("canopy sample: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	app := exec.CommandContext(ctx, bin, ws) // as the desktop entry runs it: canopy %f
	app.Env = env
	var out bytes.Buffer
	app.Stdout, app.Stderr = &out, &out
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	defer func() {
		app.Process.Kill()
		<-exited
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("the installed app exited before its window showed: %v\n%s", err, out.String())
		default:
		}
		// The window shows at once, titled "Canopy" while the workspace
		// loads, then the sample's product: wait for the latter.
		const want = "Crewline — Canopy"
		var title []byte
		search := exec.Command("xdotool", "search", "--name", "Canopy")
		search.Env = env
		if ids, err := search.Output(); err == nil && len(bytes.TrimSpace(ids)) > 0 {
			name := exec.Command("xdotool", "getwindowname", strings.Fields(string(ids))[0])
			name.Env = env
			title, _ = name.Output()
			if strings.TrimSpace(string(title)) == want {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no window titled %q after 60 s (last title %q)\n%s", want, title, out.String())
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// Resource types (winuser.h).
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

func TestWindowsExe(t *testing.T) {
	exe := filepath.Join(*distDir, "canopy.exe")
	f, err := pe.Open(exe)
	if err != nil {
		t.Fatalf("%s: %v", exe, err)
	}
	defer f.Close()
	if f.FileHeader.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine %#x, want AMD64", f.FileHeader.Machine)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		t.Fatalf("optional header %T: not PE32+", f.OptionalHeader)
	}
	if oh.Magic != 0x20b {
		t.Errorf("magic %#x, want 0x20b (PE32+)", oh.Magic)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		t.Errorf("subsystem %d, want %d (GUI: no console window)", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	rsrc := f.Section(".rsrc")
	if rsrc == nil {
		t.Fatal("no .rsrc section: the icon and version resources are missing")
	}
	data, err := rsrc.Data()
	if err != nil {
		t.Fatal(err)
	}
	res := resources(t, data, rsrc.VirtualAddress)
	for _, typ := range []uint32{rtIcon, rtGroupIcon, rtVersion, rtManifest} {
		if len(res[typ]) == 0 {
			t.Errorf("no resource of type %d", typ)
		}
	}
	if g := res[rtGroupIcon]; len(g) > 0 {
		// GRPICONDIR: reserved, type 1 (icon), count; then 14-byte entries
		// whose first byte is the width (0 for 256).
		d := g[0]
		count := int(binary.LittleEndian.Uint16(d[4:]))
		if binary.LittleEndian.Uint16(d[2:]) != 1 || count != 6 || len(d) < 6+14*count {
			t.Fatalf("icon group: type %d, %d images", binary.LittleEndian.Uint16(d[2:]), count)
		}
		var widths []int
		for i := range count {
			w := int(d[6+14*i])
			if w == 0 {
				w = 256
			}
			widths = append(widths, w)
		}
		if fmt.Sprint(widths) != "[256 64 48 32 24 16]" {
			t.Errorf("icon sizes %v", widths)
		}
		if len(res[rtIcon]) != count {
			t.Errorf("%d icon images for a group of %d", len(res[rtIcon]), count)
		}
	}
	if m := res[rtManifest]; len(m) > 0 {
		// The Go runtime runs on Windows 10 and 11 only: the manifest
		// declares those, not 7, 8 or 8.1.
		for name, guid := range map[string]string{"Windows 7": win7, "Windows 8": win8, "Windows 8.1": win81} {
			if bytes.Contains(m[0], []byte(guid)) {
				t.Errorf("the manifest declares %s support", name)
			}
		}
		if !bytes.Contains(m[0], []byte(win10)) {
			t.Error("the manifest does not declare Windows 10 and 11")
		}
	}
	if v := res[rtVersion]; len(v) > 0 {
		for _, s := range []string{"ProductName", "Canopy", "OriginalFilename", "canopy.exe", wantVersion(t)} {
			if !bytes.Contains(v[0], utf16le(s)) {
				t.Errorf("the version resource lacks %q", s)
			}
		}
	}
}

// The supportedOS IDs of an application manifest.
const (
	win7  = "{35138b9a-5d96-4fbd-8e2d-a2440225f93a}"
	win8  = "{4a2f28e3-53b9-4441-ba9c-d69d4a4a6e38}"
	win81 = "{1f676c76-80e1-4239-95bb-83d0f6d0da78}"
	win10 = "{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}" // Windows 10 and 11
)

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// resources reads a PE resource tree (type / name / language) and returns
// the data of each resource by type.
func resources(t *testing.T, sec []byte, base uint32) map[uint32][][]byte {
	t.Helper()
	u16 := func(o uint32) uint32 { return uint32(binary.LittleEndian.Uint16(sec[o:])) }
	u32 := func(o uint32) uint32 { return binary.LittleEndian.Uint32(sec[o:]) }
	// entries lists a directory's entries: id and offset (high bit: a
	// subdirectory).
	entries := func(dir uint32) [][2]uint32 {
		n := u16(dir+12) + u16(dir+14)
		var out [][2]uint32
		for i := range n {
			e := dir + 16 + 8*i
			out = append(out, [2]uint32{u32(e), u32(e + 4)})
		}
		return out
	}
	const sub = 0x80000000
	out := map[uint32][][]byte{}
	for _, typ := range entries(0) {
		if typ[1]&sub == 0 {
			t.Fatalf("resource type %d is no directory", typ[0])
		}
		for _, name := range entries(typ[1] &^ sub) {
			for _, lang := range entries(name[1] &^ sub) {
				if lang[1]&sub != 0 {
					t.Fatalf("resource %d/%d: a directory where data was expected", typ[0], name[0])
				}
				rva, size := u32(lang[1]), u32(lang[1]+4)
				if rva < base || rva-base+size > uint32(len(sec)) {
					t.Fatalf("resource %d/%d: data outside the section", typ[0], name[0])
				}
				out[typ[0]] = append(out[typ[0]], sec[rva-base:rva-base+size])
			}
		}
	}
	return out
}
