package layering

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// module is the module path of Canopy.
const module = "canopy"

// pkg is what `go list -json` says of a package that the rules read.
type pkg struct {
	ImportPath string
	Dir        string
	Imports    []string
	GoFiles    []string
}

// listPackages returns every package of the module, test files aside.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-json", "./...")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("reading go list: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages: run from inside the module", len(pkgs))
	}
	return pkgs
}

// moduleRoot returns the folder of go.mod, from this test's folder up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = up
	}
}

// under reports whether path is root or a package below it.
func under(path, root string) bool { return path == root || strings.HasPrefix(path, root+"/") }

// shared are the window's packages that every section may use: ui/forecast
// holds the forecast's widgets that Releases and the roadmap both draw.
var shared = []string{module + "/ui/page", module + "/ui/form", module + "/ui/edit", module + "/ui/internal",
	module + "/ui/forecast"}

// sectionOf returns the section a package belongs to ("canopy/ui/backlog"
// for canopy/ui/backlog/board), or "" for the window, its shared packages
// and anything outside ui.
func sectionOf(path string) string {
	rest, ok := strings.CutPrefix(path, module+"/ui/")
	if !ok {
		return ""
	}
	top := module + "/ui/" + strings.SplitN(rest, "/", 2)[0]
	if slices.ContainsFunc(shared, func(s string) bool { return under(top, s) }) {
		return ""
	}
	return top
}

// rule is one house rule: applies picks the packages it governs, forbids
// says why an import of theirs is not allowed ("" when it is).
type rule struct {
	name    string
	applies func(p string) bool
	forbids func(p, imp string) string
}

var rules = []rule{
	{"the domain imports no UI, exporter or command line",
		func(p string) bool { return under(p, module+"/app") },
		func(_, imp string) string {
			switch {
			case under(imp, "fyne.io/fyne/v2"):
				return "the domain imports no Fyne"
			case under(imp, module+"/ui"), under(imp, module+"/export"), under(imp, module+"/cli"):
				return "the domain imports neither the window, the exporters nor the command line"
			}
			return ""
		}},
	{"the exporters import no UI",
		func(p string) bool { return under(p, module+"/export") },
		func(_, imp string) string {
			if under(imp, "fyne.io/fyne/v2") || under(imp, module+"/ui") {
				return "an exporter takes an io.Writer and imports neither Fyne nor the window"
			}
			return ""
		}},
	{"a section imports no other section and not the window",
		func(p string) bool { return sectionOf(p) != "" },
		func(p, imp string) string {
			if imp == module+"/ui" {
				return "a section does not import the window: the window imports it"
			}
			if s := sectionOf(imp); s != "" && s != sectionOf(p) {
				return "a section imports no other section: share through ui/page"
			}
			return ""
		}},
	{"the window's shared packages import no section and not the window",
		func(p string) bool {
			return slices.ContainsFunc(shared, func(s string) bool { return under(p, s) })
		},
		func(_, imp string) string {
			if imp == module+"/ui" || sectionOf(imp) != "" {
				return "ui/page, ui/form, ui/edit and ui/internal sit below the sections and the window"
			}
			return ""
		}},
	{"only main, the command line, the window and the domain import the store",
		func(p string) bool {
			return !(p == module || p == module+"/ui" || under(p, module+"/cli") || under(p, module+"/app"))
		},
		func(_, imp string) string {
			if under(imp, module+"/app/store") {
				return "only the window, main and the command line open workspaces; the rest works on app.Workspace"
			}
			return ""
		}},
}

// knownDebt lists the imports that break a rule today, each with the
// reason and the way out; the test fails when one is no longer made, so
// that the list only shrinks. Add to it only with the lead's agreement.
var knownDebt = map[[2]string]string{}

func TestImportRules(t *testing.T) {
	pkgs := listPackages(t)
	used := map[[2]string]bool{}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			governed := 0
			for _, p := range pkgs {
				if !r.applies(p.ImportPath) {
					continue
				}
				governed++
				for _, imp := range p.Imports {
					why := r.forbids(p.ImportPath, imp)
					if why == "" {
						continue
					}
					if _, ok := knownDebt[[2]string{p.ImportPath, imp}]; ok {
						used[[2]string{p.ImportPath, imp}] = true
						continue
					}
					t.Errorf("%s imports %s: %s", p.ImportPath, imp, why)
				}
			}
			if governed == 0 {
				t.Errorf("the rule governs no package: the layout changed under it")
			}
		})
	}
	for k, why := range knownDebt {
		if !used[k] {
			t.Errorf("%s no longer imports %s (%s): take it off knownDebt", k[0], k[1], why)
		}
	}
}

// TestRulesCatchForbiddenImports feeds the rules imports they must refuse
// and imports they must allow, so that a rule that can no longer fail is
// caught too.
func TestRulesCatchForbiddenImports(t *testing.T) {
	for _, tc := range []struct {
		pkg, imp string
		refused  bool
	}{
		{module + "/app", "fyne.io/fyne/v2/widget", true},
		{module + "/app/merge", "fyne.io/fyne/v2", true},
		{module + "/app/diff", module + "/export/xlsx", true},
		{module + "/app/sample", module + "/app/store", false},
		{module + "/export/html", "fyne.io/fyne/v2/canvas", true},
		{module + "/export/html", module + "/app/store", true},
		{module + "/export/brief", module + "/app/timeline", false},
		{module + "/ui/market", module + "/ui/strategy", true},
		{module + "/ui/insights", module + "/ui/backlog/board", true},
		{module + "/ui/backlog", module + "/ui/backlog/board", false},
		{module + "/ui/backlog/board", module + "/ui/page", false},
		{module + "/ui/releases", module + "/ui/forecast", false},
		{module + "/ui/forecast", module + "/ui/roadmap", true},
		{module + "/ui/strategy", module + "/ui", true},
		{module + "/ui/strategy", module + "/app/store", true},
		{module + "/ui/page", module + "/ui/overview", true},
		{module + "/ui/edit", module + "/ui/page", false},
		{module + "/ui", module + "/app/store", false},
		{module + "/cli", module + "/app/store", false},
	} {
		refused := false
		for _, r := range rules {
			if r.applies(tc.pkg) && r.forbids(tc.pkg, tc.imp) != "" {
				refused = true
			}
		}
		if refused != tc.refused {
			t.Errorf("%s importing %s: refused %v, want %v", tc.pkg, tc.imp, refused, tc.refused)
		}
	}
}

// TestUIPackagesSayWhatTheyMayImport: every package under ui/ has a doc.go
// whose package comment ends with what it may import.
func TestUIPackagesSayWhatTheyMayImport(t *testing.T) {
	for _, p := range listPackages(t) {
		if !under(p.ImportPath, module+"/ui") || !slices.Contains(p.GoFiles, "doc.go") && len(p.GoFiles) == 0 {
			continue
		}
		f, err := os.Open(filepath.Join(p.Dir, "doc.go"))
		if err != nil {
			t.Errorf("%s has no doc.go saying what it holds and may import", p.ImportPath)
			continue
		}
		says := false
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "// Imports:") {
				says = true
			}
		}
		f.Close()
		if !says {
			t.Errorf("%s/doc.go does not say what the package may import (a line \"// Imports: …\")", p.ImportPath)
		}
	}
}
