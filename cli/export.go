package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/natefinch/atomic"

	"canopy/export"
)

func runExport(env *Env, args []string) error {
	fs, today := newFlags("export", "DIR --xlsx FILE", "write the backlog, roadmap, releases and strategy of the workspace in DIR to an Excel file", env)
	xlsx := fs.String("xlsx", "", "the Excel file to write (replaced atomically)")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if *xlsx == "" {
		return usageError("export: want --xlsx FILE")
	}
	d, err := today()
	if err != nil {
		return err
	}
	dir, _ := filepath.Abs(pos[0])
	out, _ := filepath.Abs(*xlsx)
	if rel, err := filepath.Rel(dir, out); err == nil && !strings.HasPrefix(rel, "..") {
		return usageError("export: %s is inside the workspace; write exports elsewhere", *xlsx)
	}
	ws, _, err := open(pos[0], d)
	if err != nil {
		return err
	}
	now := time.Now()
	if !d.IsZero() {
		now = d.Time()
	}
	var buf bytes.Buffer
	warnings, err := export.WriteBacklog(&buf, ws, now)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := atomic.WriteFile(out, &buf); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(out, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, w := range warnings {
		fmt.Fprintf(env.Stderr, "warning: %s\n", w)
	}
	fmt.Fprintf(env.Stdout, "wrote %s (%d items)\n", *xlsx, len(ws.Items()))
	return nil
}
