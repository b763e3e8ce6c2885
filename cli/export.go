package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/natefinch/atomic"

	"canopy/app"
	"canopy/app/forecast"
	"canopy/app/store"
	"canopy/app/timeline"
	"canopy/app/timeline/picture"
	"canopy/export/brief"
	"canopy/export/html"
)

// exportArgs is the export command's synopsis.
const exportArgs = "DIR [--xlsx FILE] [--pdf FILE [--paper a4|letter] [--landscape] [--summary] [--from DATE] [--to DATE] [--sections LIST] [--fields LIST]] [--png FILE [--width N] [--forecast]] [--html FILE [--audience external|internal]] [--rev REV | --since YYYY-MM-DD | --baseline NAME]"

func runExport(env *Env, args []string) error {
	fs, today := newFlags("export", exportArgs, "write the backlog, roadmap, releases and strategy of the workspace in DIR to an Excel file, a PDF strategy brief, or both", env)
	xlsxFile := fs.String("xlsx", "", "the Excel file to write (replaced atomically)")
	pdf := fs.String("pdf", "", "the PDF strategy brief to write (replaced atomically)")
	paper := fs.String("paper", "a4", "the paper of the brief and of the workbook's print setup: a4 or letter")
	landscape := fs.Bool("landscape", false, "turn the brief's pages to landscape")
	summary := fs.Bool("summary", false, "write the one-page executive summary instead of the full brief")
	from := fs.String("from", "", "the first day of the brief's roadmap (YYYY-MM-DD; default: the first month that holds work)")
	to := fs.String("to", "", "the last day of the brief's roadmap (YYYY-MM-DD; default: the last month that holds work)")
	pngFile := fs.String("png", "", "the roadmap picture to write as PNG (replaced atomically; --from and --to choose its range too)")
	width := fs.Int("width", picture.DefaultWidth, "the roadmap picture's width in pixels")
	whiskers := fs.Bool("forecast", false, "draw on the roadmap picture, under each active initiative's bar, its forecast from P50 to P85 (as canopy forecast computes it)")
	fields := fs.String("fields", "", "the custom fields of items the brief's backlog excerpt shows, by key or name, comma-separated, at most 3, or none (default: those the board's cards show)")
	sections := fs.String("sections", "", "the sections of the full brief and of the roadmap page, comma-separated (default: all): "+sectionNames())
	htmlFile := fs.String("html", "", "the roadmap page to write: one HTML file for any browser (replaced atomically; --from, --to and --sections choose its contents too)")
	audience := fs.String("audience", string(html.External), "who the roadmap page is for: external (no backlog, no owners or assignees) or internal")
	since := addCompareFlags(fs, "add to the brief the section \"What changed since …\", and to the workbook a Changes sheet, comparing with")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if err := since.check("export"); err != nil {
		return err
	}
	if *xlsxFile == "" && *pdf == "" && *pngFile == "" && *htmlFile == "" {
		return usageError("export: want --xlsx FILE, --pdf FILE or both, or --png FILE or --html FILE")
	}
	if *width < 400 || *width > picture.MaxWidth {
		return usageError("export: --width %d: want 400 to %d pixels", *width, picture.MaxWidth)
	}
	opt := brief.BriefOptions{Landscape: *landscape, Summary: *summary}
	if opt.Paper, err = brief.ParsePaper(*paper); err != nil {
		return usageError("export: --paper: %v", err)
	}
	if opt.From, err = app.ParseDate(*from); err != nil {
		return usageError("export: --from: %v", err)
	}
	if opt.To, err = app.ParseDate(*to); err != nil {
		return usageError("export: --to: %v", err)
	}
	if !opt.To.IsZero() {
		if opt.To.Before(opt.From) {
			return usageError("export: --to %s is before --from %s", opt.To, opt.From)
		}
		opt.To = opt.To.AddDays(1) // the brief's range ends before To
	}
	if *sections != "" {
		if opt.Sections, err = app.ParseDocSections(*sections); err != nil {
			return usageError("export: --sections: %v", err)
		}
	}
	pageOpt, err := pageOptions(*audience, *sections, opt.From, opt.To)
	if err != nil {
		return err
	}
	d, err := today()
	if err != nil {
		return err
	}
	dir, _ := filepath.Abs(pos[0])
	for _, f := range []string{*xlsxFile, *pdf, *pngFile, *htmlFile} {
		if f == "" {
			continue
		}
		out, _ := filepath.Abs(f)
		if rel, err := filepath.Rel(dir, out); err == nil && !strings.HasPrefix(rel, "..") {
			return usageError("export: %s is inside the workspace; write exports elsewhere", f)
		}
	}
	ws, _, err := open(pos[0], d)
	if err != nil {
		return err
	}
	if *fields != "" {
		if opt.Fields, err = brief.ResolveFields(ws.Product(), *fields); err != nil {
			return usageError("export: --fields: %v", err)
		}
	}
	changes, err := exportChanges(env, since, pos[0], ws)
	if err != nil {
		return err
	}
	opt.Changes = changes
	if *xlsxFile != "" {
		now := time.Now()
		if !d.IsZero() {
			now = d.Time()
		}
		var buf bytes.Buffer
		warnings, err := writeWorkbook(&buf, ws, now, changes, opt.Paper)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeExport(*xlsxFile, &buf); err != nil {
			return err
		}
		for _, w := range warnings {
			termLine(env.Stderr, fmt.Sprintf("warning: %s", w))
		}
		fmt.Fprintf(env.Stdout, "wrote %s (%d items)\n", *xlsxFile, len(ws.Items()))
	}
	if *pdf != "" {
		opt.Date = ws.Today()
		var buf bytes.Buffer
		warnings, err := brief.WriteBrief(&buf, ws, opt)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeExport(*pdf, &buf); err != nil {
			return err
		}
		for _, w := range warnings {
			termLine(env.Stderr, fmt.Sprintf("warning: %s", w))
		}
		what := "strategy brief"
		if opt.Summary {
			what = "executive summary"
		}
		paper := "A4"
		if opt.Paper == brief.PaperLetter {
			paper = "Letter"
		}
		if opt.Landscape {
			paper += " landscape"
		}
		fmt.Fprintf(env.Stdout, "wrote %s (%s, %s)\n", *pdf, what, paper)
	}
	if *pngFile != "" {
		po := picture.Options{Title: ws.Product().Name + " roadmap", From: opt.From, Width: *width,
			FiscalYearStart: ws.Product().FiscalYearStart}
		if !opt.To.IsZero() {
			po.To = opt.To.AddDays(-1) // the picture's range holds its last day
		}
		plan := timeline.NewPlan(ws, ws.Today())
		if *whiskers {
			res, err := forecast.Run(ws, forecast.Defaults(ws.Today()))
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if res.Reason != "" {
				termLine(env.Stderr, "warning: no forecast on the roadmap picture: "+res.Reason)
			}
			po.Whiskers = plan.Whiskers(res.Initiatives)
		}
		var buf bytes.Buffer
		if err := picture.WritePNG(&buf, plan, po); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeExport(*pngFile, &buf); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "wrote %s (roadmap, %d pixels wide)\n", *pngFile, *width)
	}
	if *htmlFile != "" {
		if err := writePage(env, ws, *htmlFile, pageOpt); err != nil {
			return err
		}
	}
	return nil
}

// writeExport replaces the file at path with buf atomically, readable by all.
func writeExport(path string, buf *bytes.Buffer) error {
	if err := store.HostRules.CheckName(path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := atomic.WriteFile(path, buf); err != nil {
		return fmt.Errorf("export: %w", store.HostRules.Describe(path, err))
	}
	if err := os.Chmod(path, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// sectionNames lists the brief's section names for the help.
func sectionNames() string {
	names := make([]string, len(brief.Sections))
	for i, s := range brief.Sections {
		names[i] = string(s)
	}
	return strings.Join(names, ",")
}
