package team

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

// DriverResult says how MergeFile merged a file.
type DriverResult struct {
	// Clean is set when nothing is left in conflict.
	Clean bool
	// Fallback says why the file was merged line by line by git, or "".
	Fallback string
	// Conflicts lists the fields left in conflict by the field merge.
	Conflicts []merge.Conflict
}

// MergeFile is the git merge driver (git's %O %A %B %P): it merges the
// files base, ours and theirs and leaves the result in ours. repoPath is
// the file's path in the repository, relative to its top (git runs
// drivers there); it tells the file's kind and its workspace, whose
// manifest gives the schema of its entity files. A file the field merge
// cannot take (a key this build does not know, a newer schema, not a
// Canopy file) is merged by `git merge-file --diff3` instead, which drops
// nothing.
func MergeFile(base, ours, theirs, repoPath string) (*DriverResult, error) {
	var data [3][]byte
	for i, f := range []string{base, ours, theirs} {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("merge-file: %w", err)
		}
		data[i] = b
	}
	rel, schema := locate(repoPath, data[1])
	res, err := merge.Merge(rel, data[0], data[1], data[2], merge.Options{Schema: schema})
	if errors.Is(err, merge.ErrFallback) {
		return lineMerge(base, ours, theirs, err.Error())
	}
	if err != nil {
		return nil, fmt.Errorf("merge-file: %w", err)
	}
	if err := writeFile(ours, res.Data); err != nil {
		return nil, fmt.Errorf("merge-file: %w", err)
	}
	return &DriverResult{Clean: res.Clean(), Conflicts: res.Conflicts}, nil
}

// locate returns the file's path in its workspace and the schema of that
// workspace's entity files (0: unknown). Without a repository path it
// guesses the path from the content.
func locate(repoPath string, ours []byte) (string, int) {
	if repoPath == "" {
		return guessPath(ours), 0
	}
	p := filepath.ToSlash(repoPath)
	name := path.Base(p)
	folder := path.Dir(p)
	rel := name
	if name != store.ManifestFile && name != store.StrategyFile {
		rel = path.Join(path.Base(folder), name)
		folder = path.Dir(folder)
	}
	schema, err := store.SchemaOf(filepath.FromSlash(folder))
	if err != nil {
		schema = 0
	}
	return rel, schema
}

// guessPath names the workspace file that content is: the manifest, the
// strategy, or the entity file of the first kind it decodes as.
func guessPath(content []byte) string {
	for _, rel := range []string{store.ManifestFile, store.StrategyFile} {
		if _, _, err := store.Decode(rel, content); err == nil {
			return rel
		}
	}
	var probe struct {
		ID string `json:"id"`
	}
	if err := jsonUnmarshal(content, &probe); err == nil && app.CheckID(probe.ID) == nil {
		for _, k := range app.Kinds {
			rel := string(k) + "/" + probe.ID + ".json"
			if _, _, err := store.Decode(rel, content); err == nil {
				return rel
			}
		}
	}
	return "unknown.json"
}

// lineMerge runs git merge-file --diff3 on the three files, into ours.
func lineMerge(base, ours, theirs, why string) (*DriverResult, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, ErrNoGit
	}
	cmd := exec.Command("git", "merge-file", "--diff3", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs)
	var errb strings.Builder
	cmd.Stderr = &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return &DriverResult{Clean: true, Fallback: why}, nil
	case errors.As(err, &exit) && exit.ExitCode() > 0 && exit.ExitCode() < 128:
		return &DriverResult{Fallback: why}, nil // the count of conflicts
	}
	return nil, fmt.Errorf("merge-file: git merge-file: %v %s", err, strings.TrimSpace(errb.String()))
}
