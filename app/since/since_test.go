package since

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/gitrev"
	"canopy/app/sample"
	"canopy/app/store"
)

func TestLoad(t *testing.T) {
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "ws")
	if _, err := store.Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	if _, err := store.SaveBaseline(dir, ws, "q4"); err != nil {
		t.Fatal(err)
	}
	side, err := Load(dir, Source{Baseline: "q4"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if side.Name != "baseline q4 (saved 2026-11-27)" || side.Workspace.Count(app.KindItem) != ws.Count(app.KindItem) {
		t.Errorf("side %q with %d items", side.Name, side.Workspace.Count(app.KindItem))
	}
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	for _, tt := range []struct {
		src  Source
		want string
		is   error
	}{
		{Source{Rev: "v1", Baseline: "q4"}, "give one of", nil},
		{Source{Baseline: "q9"}, `no such baseline named "q9"`, store.ErrNoBaseline},
		{Source{}, "compare with a baseline instead", gitrev.ErrNotRepo},
		{Source{Day: day}, "not inside a git repository", gitrev.ErrNotRepo},
	} {
		_, err := Load(dir, tt.src, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) || (tt.is != nil && !errors.Is(err, tt.is)) {
			t.Errorf("%+v: %v, want an error mentioning %q", tt.src, err, tt.want)
		}
	}
}
