package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeRename fails with the errors given, in turn, then succeeds; it
// records the paths it was called with.
type fakeRename struct {
	errs  []error
	calls [][2]string
}

func (f *fakeRename) rename(from, to string) error {
	f.calls = append(f.calls, [2]string{from, to})
	if len(f.errs) == 0 {
		return nil
	}
	err := f.errs[0]
	f.errs = f.errs[1:]
	return err
}

func TestReplaceRetriesWhileWindowsHoldsTheFile(t *testing.T) {
	win, linux := RulesFor("windows"), RulesFor("linux")
	sharing := &os.LinkError{Op: "replace", Err: syscall.Errno(winSharingViolation)}
	denied := &os.LinkError{Op: "replace", Err: syscall.Errno(winAccessDenied)}
	notFound := &os.LinkError{Op: "replace", Err: syscall.Errno(2)}
	always := make([]error, 20)
	for i := range always {
		always[i] = sharing
	}
	tests := []struct {
		name      string
		rules     FileRules
		errs      []error
		wantCalls int
		wantErr   error
		wantWaits []time.Duration
	}{
		{"windows: held twice, then free", win, []error{sharing, denied}, 3, nil, []time.Duration{time.Millisecond, 2 * time.Millisecond}},
		{"windows: another error at once", win, []error{notFound}, 1, notFound, nil},
		{"windows: held for good", win, always, renameTries, sharing, nil},
		{"linux: errno 32 is not a busy file", linux, []error{sharing}, 1, sharing, nil},
		{"linux: free", linux, nil, 1, nil, nil},
	}
	for _, tt := range tests {
		f := &fakeRename{errs: tt.errs}
		var waits []time.Duration
		err := replaceWith(tt.rules, "tmp", "dst", f.rename, func(d time.Duration) { waits = append(waits, d) })
		if !errors.Is(err, tt.wantErr) || len(f.calls) != tt.wantCalls {
			t.Errorf("%s: err %v after %d calls; want %v after %d", tt.name, err, len(f.calls), tt.wantErr, tt.wantCalls)
		}
		if tt.wantWaits != nil && !reflect.DeepEqual(waits, tt.wantWaits) {
			t.Errorf("%s: waited %v, want %v", tt.name, waits, tt.wantWaits)
		}
		if len(waits) != len(f.calls)-1 && err == nil {
			t.Errorf("%s: %d waits for %d calls", tt.name, len(waits), len(f.calls))
		}
	}
	var total time.Duration
	for i := range renameTries - 1 {
		total += time.Millisecond << i
	}
	if total < 500*time.Millisecond || total > 2*time.Second {
		t.Errorf("a held file is retried for %v in all, want about a second", total)
	}
}

func TestReplaceGivesLongWindowsPathsInExtendedForm(t *testing.T) {
	dir := `C:\Users\ada\` + strings.Repeat("deep folder\\", 22)
	f := &fakeRename{}
	if err := replaceWith(RulesFor("windows"), dir+".canopy-tmp-1", dir+"item-x.json", f.rename, func(time.Duration) {}); err != nil {
		t.Fatal(err)
	}
	want := [2]string{`\\?\` + dir + ".canopy-tmp-1", `\\?\` + dir + "item-x.json"}
	if len(f.calls) != 1 || f.calls[0] != want {
		t.Fatalf("renamed %q, want %q", f.calls, want)
	}
}

func TestSyncDirFollowsTheRules(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone")
	if err := syncDirWith(RulesFor("windows"), missing); err != nil {
		t.Errorf("windows: folders are not flushed there, got %v", err)
	}
	if err := syncDirWith(RulesFor("linux"), missing); err == nil || !strings.Contains(err.Error(), "flush folder "+missing) {
		t.Errorf("linux: flushing a missing folder gave %v", err)
	}
	if err := syncDirWith(RulesFor("linux"), t.TempDir()); err != nil {
		t.Errorf("linux: %v", err)
	}
}

// The real rename replaces the file whole, under the host's rules.
func TestWriteAtomicReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), "item-x.json")
	for _, s := range []string{"one\n", "two\n"} {
		if err := writeAtomic(p, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(p); string(got) != s {
			t.Fatalf("file holds %q, want %q", got, s)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}
