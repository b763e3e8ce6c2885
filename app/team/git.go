package team

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// ErrNoGit is wrapped when git is not installed.
var ErrNoGit = errors.New("git is not installed (or not on the PATH)")

// git runs git in dir with args and returns its standard output.
func git(dir string, stdin []byte, args ...string) ([]byte, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, ErrNoGit
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return out.Bytes(), fmt.Errorf("git %s: %s: %w", args[0], msg, err)
	}
	return out.Bytes(), nil
}

// InRepo reports whether dir is inside a git working tree.
func InRepo(dir string) bool {
	out, err := git(dir, nil, "rev-parse", "--is-inside-work-tree")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}

// jsonUnmarshal is encoding/json's Unmarshal, for a probe of a file.
func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
