package gitrev

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"canopy/app"
	"canopy/app/store"
)

// Revision is the commit a past version of the workspace was read from.
type Revision struct {
	Name    string    // as asked for: "v1.0", "HEAD~3"
	Commit  string    // the full hash
	When    time.Time // the committer's date
	Subject string    // the first line of the message
}

// String names the revision for people: "v1.0 (3f2a1b9, 2026-08-01)".
func (r Revision) String() string {
	short := r.Commit
	if len(short) > 7 {
		short = short[:7]
	}
	if r.Name == r.Commit || strings.HasPrefix(r.Commit, r.Name) {
		return fmt.Sprintf("commit %s (%s)", short, r.When.Format("2006-01-02"))
	}
	return fmt.Sprintf("%s (%s, %s)", r.Name, short, r.When.Format("2006-01-02"))
}

// entry is one file of a revision's tree.
type entry struct {
	mode, typ, hash, path string
}

// Load reads the workspace in dir as it was at the revision rev. current,
// when not nil, must be the workspace as read from dir's files just now:
// each entity whose file git finds unchanged since rev is taken from it,
// shared rather than read and decoded again (so the result must not be
// changed, and it is read-only). The report lists the files of the
// revision that could not be read.
func Load(dir, rev string, current *app.Workspace) (*app.Workspace, *store.Report, Revision, error) {
	r, err := openRepo(dir)
	if err != nil {
		return nil, nil, Revision{}, err
	}
	commit, err := r.resolve(rev)
	if err != nil {
		return nil, nil, Revision{}, err
	}
	info, err := r.describe(rev, commit)
	if err != nil {
		return nil, nil, Revision{}, err
	}
	// What changed on disk since the commit is asked of git while it lists
	// the commit's files: two processes at once.
	var changed map[string]bool
	var changedErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if current != nil {
			changed, changedErr = r.changed(commit)
		}
	}()
	tree, err := r.tree(commit)
	<-done
	if err != nil {
		return nil, nil, info, err
	}
	if _, ok := tree[store.ManifestFile]; !ok {
		where := "the repository's root"
		if r.prefix != "" {
			where = strings.TrimSuffix(r.prefix, "/")
		}
		return nil, nil, info, fmt.Errorf("%s: %w (no %s in %s)", info, ErrNoWorkspace, store.ManifestFile, where)
	}
	same := map[string]bool{}
	if current != nil {
		if changedErr != nil {
			return nil, nil, info, changedErr
		}
		for p := range tree {
			same[p] = !changed[p]
		}
	}
	reuse := func(file string) (app.Entity, bool) {
		if !same[file] {
			return nil, false
		}
		return current.Get(keyOf(file))
	}
	fsys := newMemFS()
	var want []*memFile
	var hashes []string
	for _, e := range tree {
		f := &memFile{}
		if e.mode == "120000" {
			f.mode = fs.ModeSymlink
		} else if _, ok := reuse(e.path); !ok {
			want = append(want, f)
			hashes = append(hashes, e.hash)
		}
		fsys.add(e.path, f)
	}
	fsys.sort()
	if err := r.catFiles(hashes, want); err != nil {
		return nil, nil, info, fmt.Errorf("%s: %w", info, err)
	}
	ws, report, err := store.LoadSnapshot(fsys, reuse)
	if err != nil {
		return nil, nil, info, fmt.Errorf("%s: %w", info, err)
	}
	return ws, report, info, nil
}

// keyOf returns the key of the entity a file of a kind folder holds.
func keyOf(file string) app.Key {
	kind, name, _ := strings.Cut(file, "/")
	return app.Key{Kind: app.Kind(kind), ID: strings.TrimSuffix(name, ".json")}
}

// wanted reports whether a file of the tree is one the store reads: the
// manifest, the strategy, or a JSON file directly in a kind folder.
func wanted(p string) bool {
	if p == store.ManifestFile || p == store.StrategyFile {
		return true
	}
	kind, name, ok := strings.Cut(p, "/")
	if !ok || strings.Contains(name, "/") || !strings.HasSuffix(name, ".json") {
		return false
	}
	for _, k := range app.Kinds {
		if string(k) == kind {
			return true
		}
	}
	return false
}

// describe returns the revision's commit, date and subject.
func (r *repo) describe(name, commit string) (Revision, error) {
	out, err := r.git("show", "-s", "--format=%cI%x00%s", commit)
	if err != nil {
		return Revision{}, fmt.Errorf("revision %q: %w", name, err)
	}
	when, subject, _ := strings.Cut(strings.TrimSuffix(string(out), "\n"), "\x00")
	t, err := time.Parse(time.RFC3339, when)
	if err != nil {
		return Revision{}, fmt.Errorf("revision %q: the commit's date %q: %w", name, when, err)
	}
	return Revision{Name: name, Commit: commit, When: t, Subject: subject}, nil
}

// tree lists the files of the workspace's folder at the commit that the
// store reads, by their path in the workspace.
func (r *repo) tree(commit string) (map[string]entry, error) {
	out, err := r.git("ls-tree", "-r", "-z", commit)
	if err != nil {
		return nil, fmt.Errorf("list the files of %s: %w", commit, err)
	}
	tree := map[string]entry{}
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		head, p, ok := strings.Cut(string(rec), "\t")
		if !ok {
			continue
		}
		f := strings.Fields(head)
		if len(f) != 3 || f[1] != "blob" || !wanted(p) {
			continue
		}
		tree[p] = entry{mode: f[0], typ: f[1], hash: f[2], path: p}
	}
	return tree, nil
}

// changed returns the files of the workspace's folder whose content on
// disk differs from the commit's, by their path in the workspace.
func (r *repo) changed(commit string) (map[string]bool, error) {
	out, err := r.git("diff", "--raw", "-z", "--no-renames", "--relative", "--ignore-submodules", commit, "--", ".")
	if err != nil {
		return nil, fmt.Errorf("compare the files on disk with %s: %w", commit, err)
	}
	changed := map[string]bool{}
	recs := bytes.Split(out, []byte{0})
	for i := 0; i+1 < len(recs); i += 2 {
		if !bytes.HasPrefix(recs[i], []byte(":")) {
			i-- // realign on the next record
			continue
		}
		changed[string(recs[i+1])] = true
	}
	return changed, nil
}

// catFiles reads the blobs with the hashes into the files, in one
// git cat-file --batch process.
func (r *repo) catFiles(hashes []string, files []*memFile) error {
	if len(hashes) == 0 {
		return nil
	}
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = r.dir
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("git cat-file: %w", ErrNoGit)
	}
	go func() {
		w := bufio.NewWriter(in)
		for _, h := range hashes {
			w.WriteString(h)
			w.WriteByte('\n')
		}
		w.Flush()
		in.Close()
	}()
	out := bufio.NewReaderSize(outPipe, 64<<10)
	var readErr error
	for i, h := range hashes {
		line, err := out.ReadString('\n')
		if err != nil {
			readErr = fmt.Errorf("git cat-file: %w", err)
			break
		}
		f := strings.Fields(line)
		if len(f) != 3 || f[0] != h || f[1] != "blob" {
			readErr = fmt.Errorf("git cat-file: unexpected answer %q for %s", strings.TrimSpace(line), h)
			break
		}
		size, err := strconv.Atoi(f[2])
		if err != nil || size < 0 {
			readErr = fmt.Errorf("git cat-file: bad size in %q", strings.TrimSpace(line))
			break
		}
		data := make([]byte, size+1) // and the newline after it
		if _, err := io.ReadFull(out, data); err != nil {
			readErr = fmt.Errorf("git cat-file: %w", err)
			break
		}
		files[i].data, files[i].have = data[:size], true
	}
	io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil && readErr == nil {
		readErr = fmt.Errorf("git cat-file: %s: %w", strings.TrimSpace(stderr.String()), err)
	}
	return readErr
}

// Since returns the last commit of HEAD's history made before day d began
// (midnight, local time), for --since.
func Since(dir string, d app.Date) (string, error) {
	r, err := openRepo(dir)
	if err != nil {
		return "", err
	}
	midnight := time.Date(d.Time().Year(), d.Time().Month(), d.Time().Day(), 0, 0, 0, 0, time.Local)
	out, err := r.git("rev-list", "-1", "--before="+midnight.Format("2006-01-02 15:04:05 -0700"), "HEAD")
	if err != nil {
		return "", fmt.Errorf("the last commit before %s: %w", d, err)
	}
	commit := strings.TrimSpace(string(out))
	if commit == "" {
		return "", fmt.Errorf("%w: no commit before %s", ErrUnknownRevision, d)
	}
	return commit, nil
}

// Recent lists the last n commits of HEAD's history that changed the
// workspace, latest first, for a "Compare with…" chooser.
func Recent(dir string, n int) ([]Revision, error) {
	r, err := openRepo(dir)
	if err != nil {
		return nil, err
	}
	out, err := r.git("log", "-n", strconv.Itoa(n), "--format=%H%x00%cI%x00%s", "HEAD", "--", ".")
	if err != nil {
		return nil, fmt.Errorf("recent commits: %w", err)
	}
	var list []Revision
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		f := strings.SplitN(line, "\x00", 3)
		if len(f) != 3 {
			continue
		}
		t, err := time.Parse(time.RFC3339, f[1])
		if err != nil {
			continue
		}
		list = append(list, Revision{Name: f[0], Commit: f[0], When: t, Subject: f[2]})
	}
	return list, nil
}
